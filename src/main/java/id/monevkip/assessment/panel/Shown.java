package id.monevkip.assessment.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * Scores as pages show them: two decimals, half up, as KI publishes them. Only for display; the ledger and the
 * engine keep the exact values.
 */
final class Shown {

	private Shown() {
	}

	static @Nullable BigDecimal two(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
