package id.monevkip.submission.web;

import java.util.List;

import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.EvidenceGateway;
import id.monevkip.submission.internal.QuestionState;
import id.monevkip.submission.internal.SubmissionReader;
import id.monevkip.submission.internal.Workspace;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Builds question cards for the pages and for the fragments htmx swaps in after a change. */
@Component
@RequiredArgsConstructor
class QuestionCards {

	private final Workspaces workspaces;

	private final SubmissionReader reader;

	private final EvidenceGateway evidence;

	QuestionCard card(CurrentUser user, long submissionId, long questionId) {
		var workspace = workspaces.of(user, submissionId);
		var question = workspace.question(questionId);
		return card(workspace, reader.question(user, workspace, question), reader.libraryFiles(user, workspace),
				reader.libraryLinks(user, workspace));
	}

	/** The card as far as the "saved" line needs it: without the library lists, which it does not show. */
	QuestionCard statusCard(CurrentUser user, long submissionId, long questionId) {
		var workspace = workspaces.of(user, submissionId);
		var question = workspace.question(questionId);
		return card(workspace, reader.question(user, workspace, question), List.of(), List.of());
	}

	/** The card right after a save, from the workspace the save already loaded. */
	QuestionCard statusCard(CurrentUser user, Workspace workspace, long questionId) {
		var question = workspace.question(questionId);
		return card(workspace, reader.question(user, workspace, question), List.of(), List.of());
	}

	List<QuestionCard> cards(IndicatorPage page) {
		return page.questions().stream()
			.map(state -> card(page.workspace(), state, page.libraryFiles(), page.libraryLinks()))
			.toList();
	}

	private QuestionCard card(Workspace workspace, QuestionState state,
			List<id.monevkip.evidence.EvidenceFileView> files, List<id.monevkip.evidence.LinkView> links) {
		long max = Math.min(state.question().maxFileMb(), evidence.maxFileSizeMegabytes());
		var revision = workspace.window().revision();
		var code = state.question().code();
		var comment = revision != null && revision.reopens(code) ? revision.commentOn(code) : null;
		return new QuestionCard(workspace.id(), workspace.indicatorOf(state.question().id()).id(), state, files, links,
				max, comment);
	}

}
