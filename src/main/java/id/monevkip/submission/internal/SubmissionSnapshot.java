package id.monevkip.submission.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * What a body sent, frozen at the moment of sending: every answer and the SHA-256 of every attached file (links
 * with their URL and last check) as JSON, and the SHA-256 of that JSON as a fingerprint printed on the receipt.
 * Never changed after it is written; a revision round seals a new one.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SubmissionSnapshot {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private int round;

	private Instant sealedAt;

	private long sealedBy;

	private String sealedByName;

	private int answerCount;

	private int evidenceCount;

	private String content;

	private String fingerprint;

	public SubmissionSnapshot(long submissionId, int round, Instant sealedAt, long sealedBy, String sealedByName,
			int answerCount, int evidenceCount, String content, String fingerprint) {
		this.submissionId = submissionId;
		this.round = round;
		this.sealedAt = sealedAt;
		this.sealedBy = sealedBy;
		this.sealedByName = sealedByName;
		this.answerCount = answerCount;
		this.evidenceCount = evidenceCount;
		this.content = content;
		this.fingerprint = fingerprint;
	}

	/**
	 * The number printed on the receipt: the submission, the round and the start of the fingerprint, so that a
	 * number read out over the phone names one sealed round and a mistyped one matches none.
	 */
	public String receiptNumber() {
		return "SAQ-%06d-%d-%s".formatted(submissionId, round, fingerprint.substring(0, 8).toUpperCase(java.util.Locale.ROOT));
	}

}
