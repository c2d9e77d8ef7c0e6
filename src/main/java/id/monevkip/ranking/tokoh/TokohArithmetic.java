package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.questionnaire.scoring.PanelCriterion;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.questionnaire.scoring.PanelSheet;
import id.monevkip.questionnaire.scoring.PanelSpec;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import org.jspecify.annotations.Nullable;

/**
 * The tokoh rubric scored with the panel arithmetic of the assessment ({@link ScoringEngine#panelTotal},
 * {@link ScoringEngine#panelScore} with the MEAN rule): a juror's total is Σ weight × score / 100 (exact), a
 * nomination's score the mean of the submitted totals, flagged divergent when highest minus lowest total exceeds
 * the threshold.
 */
final class TokohArithmetic {

	private TokohArithmetic() {
	}

	/** The outcome of one nomination; all null/false without any submitted sheet. */
	record Outcome(@Nullable BigDecimal mean, @Nullable BigDecimal spread, boolean divergent) {
	}

	static BigDecimal total(List<TokohRubric.CriterionView> criteria, Map<String, Integer> scores) {
		return ScoringEngine.panelTotal(panelCriteria(criteria), decimals(scores));
	}

	static Outcome outcome(List<TokohRubric.CriterionView> criteria, List<TokohSheet> submitted, int divergenceThreshold) {
		var spec = new PanelSpec(panelCriteria(criteria), PanelRule.MEAN, BigDecimal.valueOf(divergenceThreshold));
		var score = ScoringEngine.panelScore(spec,
				submitted.stream().map(s -> new PanelSheet(s.getJurorAccountId(), decimals(s.getMarks()))).toList());
		return new Outcome(score.aggregate(), score.spread(), score.divergent());
	}

	/** Two decimals, half up: what the pages show and what ranks. */
	static @Nullable BigDecimal shown(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	private static List<PanelCriterion> panelCriteria(List<TokohRubric.CriterionView> criteria) {
		return criteria.stream().map(c -> new PanelCriterion(c.code(), c.weight())).toList();
	}

	private static Map<String, BigDecimal> decimals(Map<String, Integer> marks) {
		var result = new HashMap<String, BigDecimal>();
		marks.forEach((code, score) -> result.put(code, BigDecimal.valueOf(score)));
		return result;
	}

}
