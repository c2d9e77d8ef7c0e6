package id.monevkip.submission.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.ItemOutcome;
import id.monevkip.submission.SubmissionStatus;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body's side of objections (sanggah): once verification is complete and while the objection window is
 * open (with any extension for the body), one objection per item, with a reason and evidence from the library.
 */
@Service
@RequiredArgsConstructor
public class ObjectionService {

	public static final int MAX_REASON = 4000;

	private final Workspaces workspaces;

	private final ObjectionRepository objections;

	private final CycleManagement cycles;

	private final EvidenceGateway evidence;

	private final ItemOutcomes outcomes;

	private final Clock clock;

	/** Why the body cannot object now (message key), or null when it can. */
	@Transactional(readOnly = true)
	public String refusal(Workspace workspace) {
		if (workspace.submission().getStatus() != SubmissionStatus.VERIFIED) {
			return "submission.objection.notVerified";
		}
		var window = workspace.cycle().window(Stage.OBJECTION);
		if (window.isEmpty()) {
			return "submission.objection.noWindow";
		}
		var submission = workspace.submission();
		var closesAt = cycles.closesAtFor(submission.getCycleId(), Stage.OBJECTION, submission.getBodyId(),
				submission.getCategoryId()).orElse(window.get().closesAt());
		var now = clock.instant();
		if (now.isBefore(window.get().opensAt())) {
			return "submission.objection.notYetOpen";
		}
		return now.isBefore(closesAt) ? null : "submission.objection.closed";
	}

	@Transactional
	public Objection file(CurrentUser user, long submissionId, long questionId, String reason, Set<Long> fileIds) {
		var workspace = workspaces.of(user, submissionId);
		var question = workspace.question(questionId);
		// verification hands over its outcome when it completes: an accepted item has nothing to object to
		var outcome = outcomes.of(submissionId).get(question.code());
		if (outcome != null && outcome.accepted()) {
			throw new BusinessException("questionId", "submission.objection.acceptedItem", question.code());
		}
		var refusal = refusal(workspace);
		if (refusal != null) {
			throw new BusinessException(null, refusal);
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessException("reason", "submission.objection.reasonRequired");
		}
		if (reason.length() > MAX_REASON) {
			throw new BusinessException("reason", "submission.objection.reasonTooLong", MAX_REASON);
		}
		if (objections.existsBySubmissionIdAndQuestionId(submissionId, questionId)) {
			throw new BusinessException("questionId", "submission.objection.duplicate");
		}
		for (var fileId : fileIds) {
			evidence.file(user, workspace.submission().getBodyId(), fileId);
		}
		return objections.save(new Objection(submissionId, questionId, question.code(), reason.strip(), fileIds,
				user.accountId(), user.displayName(), clock.instant()));
	}

	/** The questions the body may object to: those verification did not accept (all, if no outcome was handed over). */
	@Transactional(readOnly = true)
	public List<QuestionView> objectable(Workspace workspace) {
		var outcome = outcomes.of(workspace.id());
		return workspace.instrument()
			.indicators()
			.stream()
			.flatMap(i -> i.questions().stream())
			.filter(q -> outcome.isEmpty() || (outcome.containsKey(q.code()) && !outcome.get(q.code()).accepted()))
			.toList();
	}

	/** Verification's outcome per item (by question code); empty before verification was completed. */
	@Transactional(readOnly = true)
	public Map<String, ItemOutcome> outcomes(long submissionId) {
		return outcomes.of(submissionId);
	}

	@Transactional(readOnly = true)
	public List<Objection> list(long submissionId) {
		return objections.findBySubmissionIdOrderByFiledAtDesc(submissionId);
	}

}
