package id.monevkip.submission;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far one body's submission has come, for the progress board.
 *
 * @param answered answers with a value
 * @param withEvidence answers with at least one file or link attached
 * @param needsEvidence answers whose value claims something that the question wants evidence for
 * @param evidenceMet of those, the answers whose attached evidence meets the question's requirement
 * @param questions questions of the body's instrument
 * @param lastActivityAt the latest change of any answer, {@code null} when nothing was touched yet
 * @param lastActivityBy who made that change
 * @param revisionDeadline when the open revision round closes, {@code null} without one
 */
public record ProgressRow(long submissionId, long bodyId, SubmissionStatus status, int answered, int withEvidence,
		int needsEvidence, int evidenceMet,
		int questions, @Nullable Instant lastActivityAt, @Nullable String lastActivityBy, @Nullable Instant submittedAt,
		@Nullable Instant revisionDeadline) {

	public int percentAnswered() {
		return questions == 0 ? 0 : Math.min(100, answered * 100 / questions);
	}

}
