package id.monevkip.submission;

import java.time.Instant;

/** A body sent its questionnaire (round 1) or sent it again after a revision round (round 2, 3, ...). */
public record SubmissionSubmitted(long submissionId, long cycleId, long bodyId, int round, Instant sealedAt,
		long submittedBy) {
}
