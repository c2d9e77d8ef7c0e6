package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tokoh rubric through the panel arithmetic: exact totals, mean, spread and the divergence boundary. */
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
		// 80×30 + 70×25 + 75×25 + 85×20 = 77.25 and 90: mean 83.625, spread 12.75
		var outcome = TokohArithmetic.outcome(RUBRIC, List.of(sheet(1, 80, 70, 75, 85), sheet(2, 90, 90, 90, 90)), 15);
		assertThat(outcome.mean()).isEqualByComparingTo("83.625");
		assertThat(TokohArithmetic.shown(outcome.mean())).isEqualTo(new BigDecimal("83.63"));
		assertThat(outcome.spread()).isEqualByComparingTo("12.75");
		assertThat(outcome.divergent()).isFalse();
		assertThat(TokohArithmetic.outcome(RUBRIC, List.of(sheet(1, 70, 70, 70, 70), sheet(2, 85, 85, 85, 85)), 15)
			.divergent()).isFalse();
		assertThat(TokohArithmetic.outcome(RUBRIC, List.of(sheet(1, 70, 70, 70, 70), sheet(2, 86, 86, 86, 86)), 15)
			.divergent()).isTrue();
		assertThat(TokohArithmetic.outcome(RUBRIC, List.of(), 15)).isEqualTo(new TokohArithmetic.Outcome(null, null, false));
	}

	private static TokohSheet sheet(long juror, int k1, int k2, int k3, int k4) {
		var sheet = new TokohSheet(1, 1, juror, "Juri " + juror, Instant.EPOCH);
		sheet.mark(Map.of("K1", k1, "K2", k2, "K3", k3, "K4", k4), Instant.EPOCH);
		return sheet;
	}

}
