package id.monevkip.submission.web;

import java.util.List;

import id.monevkip.evidence.EvidenceFileView;
import id.monevkip.evidence.LinkView;
import id.monevkip.questionnaire.IndicatorView;
import id.monevkip.submission.internal.QuestionState;
import id.monevkip.submission.internal.SubmissionReader.Progress;
import id.monevkip.submission.internal.Workspace;
import org.jspecify.annotations.Nullable;

/** One indicator's questions with the body's answers and evidence, and the way to the neighbours. */
record IndicatorPage(Workspace workspace, IndicatorView indicator, List<QuestionState> questions, Progress progress,
		boolean selfScoreVisible, List<EvidenceFileView> libraryFiles, List<LinkView> libraryLinks) {

	public @Nullable IndicatorView previous() {
		var all = workspace.instrument().indicators();
		int at = all.indexOf(indicator);
		return at > 0 ? all.get(at - 1) : null;
	}

	public @Nullable IndicatorView next() {
		var all = workspace.instrument().indicators();
		int at = all.indexOf(indicator);
		return at < all.size() - 1 ? all.get(at + 1) : null;
	}

	public int position() {
		return workspace.instrument().indicators().indexOf(indicator) + 1;
	}

	public int count() {
		return workspace.instrument().indicators().size();
	}

	public long id() {
		return workspace.id();
	}

}
