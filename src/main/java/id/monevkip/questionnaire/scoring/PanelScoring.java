package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Panel arithmetic: a judge's total is Σ weight × score / 100 (exact); averages keep {@link #SCALE} decimals,
 * far below the two the final score is rounded to, so the published figure never depends on this rounding.
 */
final class PanelScoring {

	/** Decimals kept by divisions (averages). */
	static final int SCALE = 6;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private PanelScoring() {
	}

	static BigDecimal total(List<PanelCriterion> criteria, Map<String, BigDecimal> scores) {
		requireWeights(criteria);
		BigDecimal sum = BigDecimal.ZERO;
		for (PanelCriterion criterion : criteria) {
			BigDecimal score = scores.get(criterion.code());
			if (score == null) {
				throw new IllegalArgumentException("Criterion not scored: " + criterion.code());
			}
			if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
				throw new IllegalArgumentException("Score outside 0-100 for " + criterion.code() + ": " + score);
			}
			sum = sum.add(BigDecimal.valueOf(criterion.weight()).multiply(score));
		}
		// dividing by 100 only moves the decimal point, so it stays exact
		return sum.movePointLeft(2);
	}

	static PanelScore score(PanelSpec spec, List<PanelSheet> sheets) {
		if (spec.divergenceThreshold().signum() < 0) {
			throw new IllegalArgumentException("Negative divergence threshold");
		}
		Map<Long, BigDecimal> totals = new LinkedHashMap<>();
		for (PanelSheet sheet : sheets) {
			if (totals.put(sheet.judgeId(), total(spec.criteria(), sheet.scores())) != null) {
				throw new IllegalArgumentException("Judge counted twice: " + sheet.judgeId());
			}
		}
		if (totals.isEmpty()) {
			return new PanelScore(totals, null, null, false);
		}
		List<BigDecimal> sorted = totals.values().stream().sorted().toList();
		BigDecimal spread = sorted.get(sorted.size() - 1).subtract(sorted.get(0));
		return new PanelScore(totals, aggregate(spec.rule(), sorted), spread,
				spread.compareTo(spec.divergenceThreshold()) > 0);
	}

	private static BigDecimal aggregate(PanelRule rule, List<BigDecimal> sorted) {
		int n = sorted.size();
		switch (rule) {
			case MEDIAN:
				return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
			case TRIMMED_MEAN:
				return n < 3 ? mean(sorted) : mean(sorted.subList(1, n - 1));
			case MEAN:
			default:
				return mean(sorted);
		}
	}

	static BigDecimal mean(Collection<BigDecimal> values) {
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return exact(sum.divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP));
	}

	/** Drops trailing zeros a division leaves (85.500000 → 85.5) but keeps whole numbers readable (90, not 9E+1). */
	private static BigDecimal exact(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static List<Leniency> leniency(List<PanelTotal> totals) {
		Map<Long, Map<Long, BigDecimal>> byBody = new LinkedHashMap<>();
		Map<Long, List<PanelTotal>> byJudge = new LinkedHashMap<>();
		for (PanelTotal total : totals) {
			if (byBody.computeIfAbsent(total.bodyId(), id -> new LinkedHashMap<>())
				.put(total.judgeId(), total.total()) != null) {
				throw new IllegalArgumentException("Judge counted twice on body " + total.bodyId());
			}
			byJudge.computeIfAbsent(total.judgeId(), id -> new ArrayList<>()).add(total);
		}
		List<Leniency> result = new ArrayList<>();
		byJudge.forEach((judge, own) -> {
			List<BigDecimal> mine = new ArrayList<>();
			List<BigDecimal> others = new ArrayList<>();
			for (PanelTotal total : own) {
				List<BigDecimal> rest = byBody.get(total.bodyId())
					.entrySet()
					.stream()
					.filter(e -> e.getKey() != judge)
					.map(Map.Entry::getValue)
					.toList();
				if (!rest.isEmpty()) {
					mine.add(total.total());
					others.add(mean(rest));
				}
			}
			if (mine.isEmpty()) {
				result.add(new Leniency(judge, 0, mean(own.stream().map(PanelTotal::total).toList()), null, null));
			}
			else {
				BigDecimal ownMean = mean(mine);
				BigDecimal othersMean = mean(others);
				result.add(new Leniency(judge, mine.size(), ownMean, othersMean, exact(ownMean.subtract(othersMean))));
			}
		});
		return result;
	}

	private static void requireWeights(List<PanelCriterion> criteria) {
		int sum = 0;
		for (PanelCriterion criterion : criteria) {
			if (criterion.weight() <= 0) {
				throw new IllegalArgumentException("Weight must be positive: " + criterion.code());
			}
			sum += criterion.weight();
		}
		if (sum != 100) {
			throw new IllegalArgumentException("Rubric weights total " + sum + ", not 100");
		}
	}

}
