package id.monevkip.submission.web;

import java.time.Clock;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.ObjectionService;
import id.monevkip.submission.internal.SubmissionReader;
import id.monevkip.submission.internal.SubmitService;
import id.monevkip.submission.internal.Workspace;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together the read models of the respondent pages. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RespondentPages {

	private final SubmissionReader reader;

	private final SubmitService submit;

	private final ObjectionService objections;

	private final CycleManagement cycles;

	private final Clock clock;

	HomePage home(CurrentUser user, Workspace workspace) {
		var states = reader.questions(user, workspace);
		var submission = workspace.submission();
		return new HomePage(workspace, cycles.currentStage(submission.getCycleId()).orElse(null),
				workspace.window().deadline(submission.getStatus()), clock.instant(), reader.progress(workspace, states),
				submit.receipts(workspace.id()), workspace.window().revision(), objections.list(workspace.id()),
				objections.refusal(workspace), workspace.cycle().selfScoreVisible());
	}

	IndicatorPage indicator(CurrentUser user, Workspace workspace, long indicatorId) {
		var indicator = workspace.indicator(indicatorId);
		var states = reader.questions(user, workspace);
		var progress = reader.progress(workspace, states);
		return new IndicatorPage(workspace, indicator,
				indicator.questions().stream().map(q -> states.get(q.id())).toList(), progress,
				workspace.cycle().selfScoreVisible(), reader.libraryFiles(user, workspace),
				reader.libraryLinks(user, workspace));
	}

}
