package id.monevkip.submission.internal;

import java.time.Instant;

/** Who changed a submission's answers last, and when. */
public record LastActivity(long submissionId, Instant at, String byName) {
}
