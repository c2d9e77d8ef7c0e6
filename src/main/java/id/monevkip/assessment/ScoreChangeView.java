package id.monevkip.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One entry of a body's score audit trail; {@code before} is null for a first score, {@code after} when withdrawn. */
public record ScoreChangeView(long id, ScoreSubject subject, @Nullable BigDecimal before, @Nullable BigDecimal after,
		String reason, String changedByName, Instant changedAt) {
}
