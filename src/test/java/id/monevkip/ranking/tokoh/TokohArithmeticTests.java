package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The panel arithmetic as restated for the tokoh award: exact totals, mean, spread and the divergence boundary. */
class TokohArithmeticTests {

	static final List<TokohRubric.CriterionView> RUBRIC = List.of(new TokohRubric.CriterionView("K1", "A", 30),
			new TokohRubric.CriterionView("K2", "B", 25), new TokohRubric.CriterionView("K3", "C", 25),
			new TokohRubric.CriterionView("K4", "D", 20));

	@Test
	void aTotalIsTheWeightedSumDividedBy100Exactly() {
		assertThat(TokohArithmetic.total(RUBRIC, Map.of("K1", 97, "K2", 93, "K3", 91, "K4", 89)))
			.isEqualByComparingTo("92.90");
		assertThat(TokohArithmetic.total(RUBRIC, Map.of("K1", 81, "K2", 0, "K3", 0, "K4", 0))).isEqualByComparingTo("24.30");
	}

	@Test
	void theOutcomeIsTheMeanWithSpreadAndDivergenceOnlyAboveTheThreshold() {
		var outcome = TokohArithmetic.outcome(List.of(new BigDecimal("77.25"), new BigDecimal("90")), 15);
		assertThat(outcome.mean()).isEqualByComparingTo("83.625");
		assertThat(TokohArithmetic.shown(outcome.mean())).isEqualTo(new BigDecimal("83.63"));
		assertThat(outcome.spread()).isEqualByComparingTo("12.75");
		assertThat(outcome.divergent()).isFalse();
		assertThat(TokohArithmetic.outcome(List.of(new BigDecimal("70"), new BigDecimal("85")), 15).divergent()).isFalse();
		assertThat(TokohArithmetic.outcome(List.of(new BigDecimal("70"), new BigDecimal("85.01")), 15).divergent()).isTrue();
		assertThat(TokohArithmetic.outcome(List.of(), 15)).isEqualTo(new TokohArithmetic.Outcome(null, null, false));
	}

}
