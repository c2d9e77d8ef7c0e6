package id.monevkip.assessment.verification;

import java.math.BigDecimal;

import id.monevkip.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/**
 * One body of an assessor's verification queue.
 *
 * @param submissionId {@code null} while the body has not opened its questionnaire
 * @param verifiedScore the verified SAQ so far, {@code null} before the first verdict
 */
public record QueueRow(long bodyId, String bodyCode, String bodyName, String categoryName, @Nullable Long submissionId,
		@Nullable SubmissionStatus status, int judged, int questions, @Nullable BigDecimal verifiedScore) {

	/** Whether there is a sealed round to review. */
	public boolean reviewable() {
		return submissionId != null && status != null && status != SubmissionStatus.NOT_STARTED
				&& status != SubmissionStatus.DRAFT;
	}

}
