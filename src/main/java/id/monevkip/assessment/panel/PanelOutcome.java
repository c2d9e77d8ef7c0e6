package id.monevkip.assessment.panel;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The panel of one body in one stage: every assigned judge (totals only of those who submitted), the stage score
 * by the rubric's rule, the spread of the totals and whether it exceeds the threshold.
 */
public record PanelOutcome(List<JudgeTotal> judges, @Nullable BigDecimal aggregate, @Nullable BigDecimal spread,
		boolean divergent) {

	public long submitted() {
		return judges.stream().filter(JudgeTotal::submitted).count();
	}

	/** The stage score rounded for display (two decimals, half up). */
	public @Nullable BigDecimal aggregateShown() {
		return Shown.two(aggregate);
	}

	public @Nullable BigDecimal spreadShown() {
		return Shown.two(spread);
	}

}
