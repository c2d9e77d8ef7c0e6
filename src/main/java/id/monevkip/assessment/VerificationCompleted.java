package id.monevkip.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A body's SAQ has been verified: every scored item has its final verdict and the verified score stands in the score
 * ledger. Later steps (shortlisting, objections) start from here.
 */
public record VerificationCompleted(long cycleId, long bodyId, long submissionId, BigDecimal verifiedScore,
		long completedBy, Instant completedAt) {
}
