package id.monevkip.submission.internal;

import java.time.Instant;

import id.monevkip.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/** A submission with its running counts (table {@code submission_progress}, kept by triggers). */
public record ProgressTally(long submissionId, long bodyId, SubmissionStatus status, long instrumentId,
		@Nullable Instant submittedAt, int answered, int withEvidence, int needsEvidence, int evidenceMet, @Nullable Instant lastActivityAt,
		@Nullable String lastActivityBy, @Nullable Instant revisionDeadline) {
}
