package id.monevkip.assessment.panel;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A judge in the leniency overview: its average total, the other judges' average on the same bodies and the
 * difference (above 0 more lenient, below 0 stricter). Without a shared body there is nothing to compare.
 */
public record LeniencyRow(long accountId, String name, int bodies, BigDecimal ownMean, @Nullable BigDecimal othersMean,
		@Nullable BigDecimal deviation) {

	public @Nullable BigDecimal ownShown() {
		return Shown.two(ownMean);
	}

	public @Nullable BigDecimal othersShown() {
		return Shown.two(othersMean);
	}

	public @Nullable BigDecimal deviationShown() {
		return Shown.two(deviation);
	}

}
