package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What ranking needs of one body: its category, its rounded final score and the values the tie-break chain may
 * look at. A stage the body did not take part in is null and loses every tie-break on it.
 */
public record RankEntry(long bodyId, long categoryId, BigDecimal finalScore, @Nullable BigDecimal verifiedSaq,
		@Nullable BigDecimal presentation, @Nullable BigDecimal visitation, @Nullable Instant submittedAt) {
}
