package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static id.monevkip.cycle.ScoreStage.PRESENTATION;
import static id.monevkip.cycle.ScoreStage.SAQ;
import static id.monevkip.cycle.ScoreStage.VISITATION;
import static id.monevkip.cycle.ScoreStage.WEBSITE;
import static id.monevkip.questionnaire.scoring.Policies.bd;
import static id.monevkip.questionnaire.scoring.Policies.weights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FinalScoreTests {

	@ParameterizedTest(name = "{0} rounds to {1}, {2}")
	@CsvSource({ "89.995, 90.00, INFORMATIF", "89.994, 89.99, MENUJU_INFORMATIF", "80, 80.00, MENUJU_INFORMATIF",
			"79.999, 80.00, MENUJU_INFORMATIF", "79.994, 79.99, CUKUP_INFORMATIF", "60, 60.00, CUKUP_INFORMATIF",
			"40, 40.00, KURANG_INFORMATIF", "39.995, 40.00, KURANG_INFORMATIF", "39.994, 39.99, TIDAK_INFORMATIF",
			"100, 100.00, INFORMATIF", "99.995, 100.00, INFORMATIF", "0, 0.00, TIDAK_INFORMATIF" })
	void roundsOnceThenTakesTheBandOfTheRoundedScore(String saq, String rounded, String band) {
		FinalScore score = ScoringEngine.finalScore(Policies.saqOnly(), StageScores.of(Map.of(SAQ, bd(saq))), true);
		assertThat(score.raw()).isEqualByComparingTo(saq);
		assertThat(score.rounded()).isEqualTo(bd(rounded));
		assertThat(score.band().code()).isEqualTo(band);
	}

	static Stream<Arguments> publishedFormulas() {
		ScoringPolicy kaltim = ScoringPolicy.of(weights(SAQ, "80", VISITATION, "20"));
		ScoringPolicy bali = ScoringPolicy.of(weights(SAQ, "70", PRESENTATION, "30"));
		ScoringPolicy banten = ScoringPolicy.of(weights(WEBSITE, "30", SAQ, "40", PRESENTATION, "30"));
		return Stream.of(
				// 92.5 × 0.8 + 88 × 0.2 = 74 + 17.6
				Arguments.of("KI Kaltim 2025", kaltim, Map.of(SAQ, bd("92.5"), VISITATION, bd("88")), "91.60",
						"INFORMATIF"),
				// 69.896 + 18.7 = 88.596
				Arguments.of("KI Kaltim 2025", kaltim, Map.of(SAQ, bd("87.37"), VISITATION, bd("93.5")), "88.60",
						"MENUJU_INFORMATIF"),
				// 85.43 × 0.7 + 91.2 × 0.3 = 59.801 + 27.36 = 87.161
				Arguments.of("KI Bali 2025", bali, Map.of(SAQ, bd("85.43"), PRESENTATION, bd("91.2")), "87.16",
						"MENUJU_INFORMATIF"),
				// 66.8885 + 24 = 90.8885
				Arguments.of("KI Bali 2025", bali, Map.of(SAQ, bd("95.555"), PRESENTATION, bd("80")), "90.89",
						"INFORMATIF"),
				// 78.4 × 0.3 + 88.25 × 0.4 + 90 × 0.3 = 23.52 + 35.3 + 27
				Arguments.of("KI Banten 2021", banten,
						Map.of(WEBSITE, bd("78.4"), SAQ, bd("88.25"), PRESENTATION, bd("90")), "85.82",
						"MENUJU_INFORMATIF"),
				// 20.001 + 36.452 + 25.65 = 82.103
				Arguments.of("KI Banten 2021", banten,
						Map.of(WEBSITE, bd("66.67"), SAQ, bd("91.13"), PRESENTATION, bd("85.5")), "82.10",
						"MENUJU_INFORMATIF"));
	}

	@ParameterizedTest(name = "{0}: {2} gives {3}")
	@MethodSource
	void publishedFormulas(String commission, ScoringPolicy policy, Map<ScoreStage, BigDecimal> stages,
			String expected, String band) {
		FinalScore score = ScoringEngine.finalScore(policy, StageScores.of(stages), true);
		assertThat(score.rounded()).isEqualTo(bd(expected));
		assertThat(score.band().code()).isEqualTo(band);
		assertThat(score.shortlisted()).isTrue();
	}

	@Test
	void combinesUnroundedStageScores() {
		// 89.99444 × 0.8 + 90 × 0.2 = 89.995552 → 90.00; a stage rounded first (89.99) would give 89.992 → 89.99
		var policy = ScoringPolicy.of(weights(SAQ, "80", VISITATION, "20"));
		FinalScore score = ScoringEngine.finalScore(policy,
				StageScores.of(Map.of(SAQ, bd("89.99444"), VISITATION, bd("90"))), true);
		assertThat(score.raw()).isEqualByComparingTo("89.995552");
		assertThat(score.rounded()).isEqualTo(bd("90.00"));
		assertThat(score.band().code()).isEqualTo("INFORMATIF");
	}

	@Test
	void givesNonShortlistedBodiesTheirVerifiedSaq() {
		var policy = Policies.kaltim2025(NonShortlistedScore.VERIFIED_SAQ);
		FinalScore score = ScoringEngine.finalScore(policy, StageScores.of(Map.of(SAQ, bd("75.5"))), false);
		assertThat(score.rounded()).isEqualTo(bd("75.50"));
		assertThat(score.band().code()).isEqualTo("CUKUP_INFORMATIF");
		assertThat(score.shortlisted()).isFalse();
	}

	@Test
	void weighsNonShortlistedBodiesWithMissingStagesAsZeroWhenThePolicySaysSo() {
		var policy = Policies.kaltim2025(NonShortlistedScore.WEIGHTED_WITH_MISSING_AS_ZERO);
		FinalScore score = ScoringEngine.finalScore(policy, StageScores.of(Map.of(SAQ, bd("75.5"))), false);
		// 75.5 × 0.8 + 0 × 0.2
		assertThat(score.rounded()).isEqualTo(bd("60.40"));
		assertThat(score.band().code()).isEqualTo("CUKUP_INFORMATIF");
	}

	@Test
	void countsAShortlistedBodysMissingStageAsZero() {
		var policy = Policies.kaltim2025(NonShortlistedScore.VERIFIED_SAQ);
		FinalScore score = ScoringEngine.finalScore(policy, StageScores.of(Map.of(SAQ, bd("75.5"))), true);
		assertThat(score.rounded()).isEqualTo(bd("60.40"));
	}

	@Test
	void ignoresStagesThePolicyDoesNotWeigh() {
		var policy = ScoringPolicy.of(weights(SAQ, "80", VISITATION, "20"));
		FinalScore score = ScoringEngine.finalScore(policy,
				StageScores.of(Map.of(SAQ, bd("90"), VISITATION, bd("90"), PRESENTATION, bd("10"))), true);
		assertThat(score.rounded()).isEqualTo(bd("90.00"));
	}

	@Test
	void refusesAPolicyWhoseWeightsDoNotTotalHundred() {
		var policy = ScoringPolicy.of(weights(SAQ, "70", VISITATION, "20"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ScoringEngine.finalScore(policy, StageScores.of(Map.of(SAQ, bd("90"))), true))
			.withMessageContaining("policy.weights.total");
	}

}
