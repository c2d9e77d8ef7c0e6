package id.monevkip.submission.internal;

import java.time.Instant;

import id.monevkip.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/** Counts of one submission's answers, from one GROUP BY over all submissions asked for. */
public record ProgressTally(long submissionId, long bodyId, SubmissionStatus status, long instrumentId,
		@Nullable Instant submittedAt, Long answered, Long withEvidence, @Nullable Instant lastActivityAt) {
}
