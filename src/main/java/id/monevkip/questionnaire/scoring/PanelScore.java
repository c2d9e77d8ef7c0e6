package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A body's panel result in one stage.
 * @param totals each judge's total (0–100, exact), in the order the sheets were given
 * @param aggregate the stage score by the rubric's rule; null when no judge has submitted
 * @param spread highest minus lowest total; null when no judge has submitted
 * @param divergent the spread is larger than the rubric's threshold
 */
public record PanelScore(Map<Long, BigDecimal> totals, @Nullable BigDecimal aggregate, @Nullable BigDecimal spread,
		boolean divergent) {
}
