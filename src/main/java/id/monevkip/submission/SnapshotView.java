package id.monevkip.submission;

import java.time.Instant;

/**
 * A sealed round as verification reads it.
 *
 * @param content the sealed JSON: answers with their values and the SHA-256 of every file
 * @param fingerprint SHA-256 of {@code content}, printed on the receipt
 */
public record SnapshotView(long submissionId, int round, Instant sealedAt, String sealedByName, int answerCount,
		int evidenceCount, String content, String fingerprint) {
}
