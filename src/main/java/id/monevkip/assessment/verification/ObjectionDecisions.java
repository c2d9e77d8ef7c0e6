package id.monevkip.assessment.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import id.monevkip.submission.ObjectionStatus;
import id.monevkip.submission.ObjectionView;
import id.monevkip.submission.SubmissionManagement;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on objections (sanggah). An assessor decides, never one who gave the contested item a verdict and never
 * one with a conflict of interest with the body; each objection is decided once, with a reason. Upholding accepts the
 * item, so the verified SAQ follows in the ledger. Admins and commissioners read the list.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class ObjectionDecisions {

	static final int MAX_REASON = 4000;

	private static final Locale LEDGER = Locale.forLanguageTag("id");

	private final SubmissionManagement submissions;

	private final VerificationRepository verifications;

	private final ItemVerdictRepository verdicts;

	private final VerdictChangeRepository changes;

	private final AssessmentManagement assessment;

	private final DirectoryManagement directory;

	private final VerificationService verification;

	private final MessageSource messages;

	/** The objections of a cycle, oldest first, of one status or all; for assessors, admins and commissioners. */
	@Transactional(readOnly = true)
	public List<ObjectionRow> list(CurrentUser user, long cycleId, @Nullable ObjectionStatus status) {
		if (!(user.has(Role.ASSESSOR) || user.seesAllBodies())) {
			throw new NotFoundException("Objections for " + user.accountId());
		}
		var objections = submissions.objections(cycleId, status);
		var bodies = directory.bodies(objections.stream().map(ObjectionView::bodyId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(BodyView::id, Function.identity()));
		var rows = new ArrayList<ObjectionRow>();
		for (var o : objections) {
			var body = bodies.get(o.bodyId());
			var current = verdictOf(o);
			var refusal = user.has(Role.ASSESSOR) && o.filed() ? refusal(user, o) : Optional.<String>empty();
			rows.add(new ObjectionRow(o, body.code(), body.name(), current.map(ItemVerdict::getVerdict).orElse(null),
					current.map(ItemVerdict::getComment).orElse(null),
					current.map(ItemVerdict::getJudgedByName).orElse(null),
					user.has(Role.ASSESSOR) && o.filed() && refusal.isEmpty(), refusal.orElse(null)));
		}
		return rows;
	}

	/** Upholds or dismisses an objection with a reason; refused (nothing changed) when the user may not decide it. */
	public ObjectionView decide(CurrentUser user, long objectionId, ObjectionStatus decision, @Nullable String reason) {
		if (!user.has(Role.ASSESSOR)) {
			throw new NotFoundException("Objection " + objectionId);
		}
		var objection = submissions.objection(objectionId);
		if (!objection.filed()) {
			throw new BusinessException(null, "verification.objection.alreadyDecided");
		}
		if (decision == ObjectionStatus.FILED) {
			throw new BusinessException("decision", "verification.objection.decisionRequired");
		}
		if (reason == null || reason.isBlank()) {
			throw new BusinessException("reason", "verification.objection.reasonRequired");
		}
		if (reason.length() > MAX_REASON) {
			throw new BusinessException("reason", "verification.objection.reasonTooLong", MAX_REASON);
		}
		var refusal = refusal(user, objection);
		if (refusal.isPresent()) {
			throw new BusinessException(null, refusal.get());
		}
		if (verifications.findBySubmissionId(objection.submissionId()).isEmpty()) {
			throw new BusinessException(null, "verification.objection.notVerifiedHere");
		}
		var current = verdictOf(objection);
		if (decision == ObjectionStatus.UPHELD && current.map(v -> v.getVerdict() == Verdict.ACCEPTED).orElse(false)) {
			throw new BusinessException("decision", "verification.objection.alreadyAccepted");
		}
		var decided = submissions.decideObjection(objectionId, decision, reason, user.accountId(), user.displayName());
		if (decision == ObjectionStatus.UPHELD) {
			verification.acceptByObjection(objection.submissionId(), objection.questionCode(), reason.strip(),
					messages.getMessage("verification.ledger.objection",
							new Object[] { objectionId, objection.questionCode(), reason.strip() }, LEDGER),
					Actor.of(user));
		}
		return decided;
	}

	/** Why the user may not decide the objection: it judged the item, or has a conflict with the body. */
	private Optional<String> refusal(CurrentUser user, ObjectionView objection) {
		var v = verifications.findBySubmissionId(objection.submissionId());
		if (v.isPresent() && changes
			.judgesOf(v.get().id(), objection.questionCode(), List.of(VerdictChange.Cause.VERDICT, VerdictChange.Cause.BULK))
			.contains(user.accountId())) {
			return Optional.of("verification.objection.ownVerdict");
		}
		if (!assessment.conflict(objection.cycleId(), objection.bodyId(), user.accountId()).isEmpty()) {
			return Optional.of("verification.objection.conflict");
		}
		return Optional.empty();
	}

	private Optional<ItemVerdict> verdictOf(ObjectionView objection) {
		return verifications.findBySubmissionId(objection.submissionId())
			.flatMap(v -> verdicts.findByVerificationIdAndQuestionCode(v.id(), objection.questionCode()));
	}

}
