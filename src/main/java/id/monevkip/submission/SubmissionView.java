package id.monevkip.submission;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A submission as other modules read it. */
public record SubmissionView(long id, long cycleId, long bodyId, long categoryId, long instrumentId,
		SubmissionStatus status, int round, @Nullable Instant submittedAt) {
}
