package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static id.monevkip.questionnaire.scoring.Policies.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Panel arithmetic: judges' totals, the stage score by each rule, the divergence flag and leniency. */
class PanelScoreTests {

	static final List<PanelCriterion> RUBRIC = List.of(new PanelCriterion("K1", 40), new PanelCriterion("K2", 35),
			new PanelCriterion("K3", 25));

	static PanelSheet sheet(long judge, String k1, String k2, String k3) {
		return new PanelSheet(judge, Map.of("K1", bd(k1), "K2", bd(k2), "K3", bd(k3)));
	}

	/** Totals 80, 70.5 and 92.25 (see each judge's sheet). */
	static final List<PanelSheet> THREE = List.of(sheet(1, "80", "80", "80"), sheet(2, "60", "90", "60"),
			sheet(3, "100", "85", "90"));

	@Test
	void aJudgesTotalIsTheWeightedSumOfItsScores() {
		// 0.40 × 60 + 0.35 × 90 + 0.25 × 60 = 24 + 31.5 + 15
		assertThat(ScoringEngine.panelTotal(RUBRIC, THREE.get(1).scores())).isEqualByComparingTo("70.5");
		assertThat(ScoringEngine.panelTotal(RUBRIC, THREE.get(2).scores())).isEqualByComparingTo("92.25");
	}

	@ParameterizedTest
	@CsvSource({ "MEAN, 80.916667", "MEDIAN, 80", "TRIMMED_MEAN, 80" })
	void theStageScoreFollowsTheRubricsRule(PanelRule rule, String expected) {
		var score = ScoringEngine.panelScore(new PanelSpec(RUBRIC, rule, bd("25")), THREE);
		assertThat(score.aggregate()).isEqualByComparingTo(expected);
		assertThat(score.totals()).containsOnlyKeys(1L, 2L, 3L);
		assertThat(score.totals().get(2L)).isEqualByComparingTo("70.5");
	}

	@Test
	void theMedianOfAnEvenCountIsTheAverageOfTheMiddleTwo() {
		var sheets = List.of(THREE.get(0), THREE.get(1));
		assertThat(ScoringEngine.panelScore(new PanelSpec(RUBRIC, PanelRule.MEDIAN, bd("25")), sheets).aggregate())
			.isEqualByComparingTo("75.25");
	}

	@Test
	void aTrimmedMeanOfTwoJudgesIsThePlainMean() {
		var sheets = List.of(THREE.get(0), THREE.get(1));
		assertThat(
				ScoringEngine.panelScore(new PanelSpec(RUBRIC, PanelRule.TRIMMED_MEAN, bd("25")), sheets).aggregate())
			.isEqualByComparingTo("75.25");
	}

	@ParameterizedTest
	@CsvSource({ "21, true", "21.75, false", "25, false" })
	void judgesFurtherApartThanTheThresholdAreFlagged(String threshold, boolean divergent) {
		// spread 92.25 − 70.5 = 21.75: only strictly more than the threshold is flagged
		var score = ScoringEngine.panelScore(new PanelSpec(RUBRIC, PanelRule.MEAN, bd(threshold)), THREE);
		assertThat(score.spread()).isEqualByComparingTo("21.75");
		assertThat(score.divergent()).isEqualTo(divergent);
	}

	@Test
	void withoutSubmittedSheetsThereIsNoStageScore() {
		var score = ScoringEngine.panelScore(new PanelSpec(RUBRIC, PanelRule.MEAN, bd("10")), List.of());
		assertThat(score.aggregate()).isNull();
		assertThat(score.spread()).isNull();
		assertThat(score.divergent()).isFalse();
	}

	@Test
	void badInputIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.panelTotal(RUBRIC, Map.of("K1", bd("101"), "K2", bd("1"), "K3", bd("1"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.panelTotal(RUBRIC, Map.of("K1", bd("-1"), "K2", bd("1"), "K3", bd("1"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.panelTotal(RUBRIC, Map.of("K1", bd("50"), "K2", bd("50"))));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine
			.panelTotal(List.of(new PanelCriterion("K1", 60), new PanelCriterion("K2", 30)), Map.of("K1", bd("50"), "K2", bd("50"))));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine
			.panelScore(new PanelSpec(RUBRIC, PanelRule.MEAN, bd("10")), List.of(THREE.get(0), THREE.get(0))));
	}

	@Test
	void leniencyComparesEachJudgeWithTheOthersOnTheSameBodies() {
		var totals = List.of(new PanelTotal(10, 1, bd("90")), new PanelTotal(10, 2, bd("70")),
				new PanelTotal(10, 3, bd("80")), new PanelTotal(11, 1, bd("80")), new PanelTotal(11, 2, bd("60")),
				new PanelTotal(12, 4, bd("50")));
		var result = ScoringEngine.leniency(totals);
		assertThat(result).extracting(Leniency::judgeId).containsExactly(1L, 2L, 3L, 4L);
		var first = result.get(0);
		// own 85; others: body 10 → (70 + 80) / 2 = 75, body 11 → 60; their average 67.5
		assertThat(first.bodies()).isEqualTo(2);
		assertThat(first.ownMean()).isEqualByComparingTo("85");
		assertThat(first.othersMean()).isEqualByComparingTo("67.5");
		assertThat(first.deviation()).isEqualByComparingTo("17.5");
		var second = result.get(1);
		// own 65; others: body 10 → 85, body 11 → 80; average 82.5
		assertThat(second.deviation()).isEqualByComparingTo("-17.5");
		// judge 4 shares no body: its own average, nothing to compare with
		var alone = result.get(3);
		assertThat(alone.bodies()).isZero();
		assertThat(alone.ownMean()).isEqualByComparingTo("50");
		assertThat(alone.othersMean()).isNull();
		assertThat(alone.deviation()).isNull();
	}

	@Test
	void averagesKeepSixDecimals() {
		var totals = List.of(new PanelTotal(1, 1, bd("100")), new PanelTotal(2, 1, bd("100")),
				new PanelTotal(3, 1, bd("99")));
		assertThat(ScoringEngine.leniency(totals).get(0).ownMean()).isEqualTo(new BigDecimal("99.666667"));
	}

}
