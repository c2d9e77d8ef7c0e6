package id.monevkip.submission;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An objection (sanggah) to the verdict on one item, as the assessment module lists and decides it. */
public record ObjectionView(long id, long submissionId, long cycleId, long bodyId, String questionCode, String reason,
		ObjectionStatus status, Instant filedAt, String filedByName, @Nullable Instant decidedAt,
		@Nullable Long decidedBy, @Nullable String decidedByName, @Nullable String decisionReason) {

	public boolean filed() {
		return status == ObjectionStatus.FILED;
	}

}
