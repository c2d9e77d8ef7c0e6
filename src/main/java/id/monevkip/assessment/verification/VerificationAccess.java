package id.monevkip.assessment.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import id.monevkip.submission.ReviewSheet;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import id.monevkip.submission.SubmissionView;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Who may judge a submission and until when. Only its assigned verifiers see it (404 for anyone else); a verifier
 * with a conflict of interest sees it but may not judge. Judging may start as soon as the body has sent its SAQ
 * (commissions verify while the SAQ is still open) and ends when the cycle's verification window closes (with the
 * body's extension, if any); items given back in a revision round may be judged until the revision window closes
 * when that is later.
 */
@Component
@RequiredArgsConstructor
class VerificationAccess {

	private final SubmissionManagement submissions;

	private final AssessmentManagement assessment;

	private final CycleManagement cycles;

	private final Clock clock;

	/** The submission, when the user is one of its verifiers; 404 otherwise. */
	SubmissionView assigned(CurrentUser user, long submissionId) {
		var submission = submissions.submission(submissionId);
		if (!assessment.isAssigned(submission.cycleId(), submission.bodyId(), user.accountId(),
				AssignmentRole.VERIFIER)) {
			throw new NotFoundException("Submission " + submissionId + " for verifier " + user.accountId());
		}
		return submission;
	}

	/** Why the user may not judge the submission now (message key and arguments), empty when it may. */
	Optional<Refusal> refusal(CurrentUser user, ReviewSheet sheet, boolean revisedItem) {
		var submission = sheet.submission();
		if (!assessment.conflict(submission.cycleId(), submission.bodyId(), user.accountId()).isEmpty()) {
			return Optional.of(new Refusal("verification.refused.conflict"));
		}
		if (submission.status() == SubmissionStatus.VERIFIED) {
			return Optional.of(new Refusal("verification.refused.completed"));
		}
		var closes = closesAt(submission, revisedItem);
		if (closes.isEmpty()) {
			return Optional.of(new Refusal("verification.refused.noWindow"));
		}
		if (!clock.instant().isBefore(closes.get())) {
			return Optional.of(new Refusal("verification.refused.windowClosed", Wita.text(closes.get())));
		}
		return Optional.empty();
	}

	/** Throws the refusal, if any. */
	void requireMayJudge(CurrentUser user, ReviewSheet sheet, boolean revisedItem) {
		refusal(user, sheet, revisedItem).ifPresent(r -> {
			throw new BusinessException(null, r.key(), r.args());
		});
	}

	/** When judging closes for the body: the verification window, extended to the revision window for revised items. */
	Optional<Instant> closesAt(SubmissionView submission, boolean revisedItem) {
		var cycle = cycles.cycle(submission.cycleId());
		var verification = cycle.window(Stage.VERIFICATION);
		if (verification.isEmpty()) {
			return Optional.empty();
		}
		var closes = cycles.closesAtFor(cycle.id(), Stage.VERIFICATION, submission.bodyId(), submission.categoryId())
			.orElse(verification.get().closesAt());
		var revision = cycle.window(Stage.REVISION);
		if (revisedItem && revision.isPresent()) {
			var revisionCloses = cycles
				.closesAtFor(cycle.id(), Stage.REVISION, submission.bodyId(), submission.categoryId())
				.orElse(revision.get().closesAt());
			if (revisionCloses.isAfter(closes)) {
				closes = revisionCloses;
			}
		}
		return Optional.of(closes);
	}

	/** A refusal as a message key with its arguments. */
	record Refusal(String key, Object... args) {
	}

}
