package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The panel arithmetic of the assessment (questionnaire.scoring.ScoringEngine.panelTotal / panelScore with the MEAN
 * rule), restated here because the ranking module may not depend on the questionnaire's scoring interface yet: a
 * juror's total is Σ weight × score / 100 (exact), a nomination's score the mean of the totals (6 decimals, half
 * up), flagged divergent when highest minus lowest total exceeds the threshold.
 */
final class TokohArithmetic {

	private static final int SCALE = 6;

	private TokohArithmetic() {
	}

	/** The outcome of one nomination; all null/false without any submitted sheet. */
	record Outcome(@Nullable BigDecimal mean, @Nullable BigDecimal spread, boolean divergent) {
	}

	static BigDecimal total(List<TokohRubric.CriterionView> criteria, Map<String, Integer> scores) {
		long sum = 0;
		for (var criterion : criteria) {
			Integer score = scores.get(criterion.code());
			if (score == null) {
				throw new IllegalArgumentException("Criterion not scored: " + criterion.code());
			}
			sum += (long) criterion.weight() * score;
		}
		// dividing by 100 only moves the decimal point, so it stays exact
		return BigDecimal.valueOf(sum).movePointLeft(2);
	}

	static Outcome outcome(Collection<BigDecimal> totals, int divergenceThreshold) {
		if (totals.isEmpty()) {
			return new Outcome(null, null, false);
		}
		var sorted = totals.stream().sorted().toList();
		var spread = sorted.get(sorted.size() - 1).subtract(sorted.get(0));
		var sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		var mean = sum.divide(BigDecimal.valueOf(sorted.size()), SCALE, RoundingMode.HALF_UP);
		return new Outcome(mean, spread, spread.compareTo(BigDecimal.valueOf(divergenceThreshold)) > 0);
	}

	/** Two decimals, half up: what the pages show and what ranks. */
	static @Nullable BigDecimal shown(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
