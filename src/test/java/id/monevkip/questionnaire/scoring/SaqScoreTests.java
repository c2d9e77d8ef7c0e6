package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import org.junit.jupiter.api.Test;

import static id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE_OR_LINK;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.LINK;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.NONE;
import static org.assertj.core.api.Assertions.assertThat;

class SaqScoreTests {

	/**
	 * The KI Kaltim 2025 shape: jenis 40, digitalisasi 20, kualitas, pelayanan, komitmen and sarpras 10 each,
	 * with every answer type.
	 */
	static final InstrumentSpec KALTIM = InstrumentSpec.of(
			IndicatorSpec.of("JENIS", "40", ItemSpec.yesNo("J1", "1", FILE_OR_LINK),
					ItemSpec.yesNo("J2", "1", FILE_OR_LINK), ItemSpec.yesNo("J3", "1", FILE_OR_LINK),
					ItemSpec.yesNo("J4", "1", FILE_OR_LINK)),
			IndicatorSpec.of("DIGITALISASI", "20",
					ItemSpec.checklist("D1", "2", LINK, true, ElementSpec.of("WEBSITE", "1"), ElementSpec.of("MEDSOS", "1"),
							ElementSpec.of("APP", "1")),
					ItemSpec.choice("D2", "2", NONE, OptionSpec.of("DAILY", "1"), OptionSpec.of("WEEKLY", "0.5"),
							OptionSpec.of("MONTHLY", "0.25"))),
			IndicatorSpec.of("KUALITAS", "10",
					ItemSpec.checklist("K1", "1", NONE, false, ElementSpec.of("RELEVAN", "1"), ElementSpec.of("AKURAT", "1"),
							ElementSpec.of("MUTAKHIR", "2"))),
			IndicatorSpec.of("PELAYANAN", "10",
					ItemSpec.number("P1", "1", NONE, Threshold.of("1", "0.5"), Threshold.of("3", "1")),
					ItemSpec.freeText("P2")),
			IndicatorSpec.of("KOMITMEN", "10", ItemSpec.yesNo("C1", "1", FILE), ItemSpec.yesNo("C2", "1", FILE),
					ItemSpec.yesNo("C3", "2", FILE)),
			IndicatorSpec.of("SARPRAS", "10", ItemSpec.yesNo("S1", "1", NONE), ItemSpec.yesNo("S2", "1", NONE)));

	static final List<Answer> KALTIM_ANSWERS = List.of(Answer.yesNo("J1", true, true, false),
			Answer.yesNo("J2", true, false, true), Answer.yesNo("J3", true, true, true),
			// claimed without evidence: scores nothing
			Answer.yesNo("J4", true, false, false),
			Answer.elements("D1", Set.of("WEBSITE", "MEDSOS", "APP"), false, true), Answer.option("D2", "WEEKLY", false, false),
			Answer.elements("K1", Set.of("RELEVAN", "MUTAKHIR"), false, false),
			Answer.number("P1", new BigDecimal("2"), false, false), Answer.text("P2"),
			Answer.yesNo("C1", true, true, false), Answer.yesNo("C2", true, true, false),
			// C3 left unanswered
			Answer.yesNo("S1", true, false, false), Answer.yesNo("S2", false, false, false));

	@Test
	void scoresTheKaltimInstrumentAsClaimed() {
		SaqScore score = ScoringEngine.selfScore(KALTIM, KALTIM_ANSWERS);
		// jenis 3/4 × 40 = 30; digitalisasi (2×1 + 2×0.5)/4 × 20 = 15; kualitas 0.75 × 10 = 7.5;
		// pelayanan 0.5 × 10 = 5 (free text out); komitmen 2/4 × 10 = 5; sarpras 1/2 × 10 = 5
		assertThat(score.indicators()).containsOnlyKeys("JENIS", "DIGITALISASI", "KUALITAS", "PELAYANAN", "KOMITMEN",
				"SARPRAS");
		assertIndicators(score, "30", "15", "7.5", "5", "5", "5");
		assertThat(score.total()).isEqualByComparingTo("67.5");
		assertThat(score.items()).doesNotContainKey("P2").containsKey("C3");
		assertThat(score.items().get("J4")).isEqualByComparingTo("0");
	}

	@Test
	void scoresTheKaltimInstrumentAsVerified() {
		Map<String, Verdict> verdicts = new HashMap<>();
		KALTIM.indicators().forEach(i -> i.items().forEach(item -> verdicts.put(item.code(), Verdict.ACCEPTED)));
		verdicts.put("J1", Verdict.REJECTED);
		verdicts.put("D2", Verdict.NEEDS_REVISION);
		verdicts.remove("K1");
		SaqScore score = ScoringEngine.verifiedScore(KALTIM, KALTIM_ANSWERS, verdicts);
		// jenis 2/4 × 40 = 20; digitalisasi 2/4 × 20 = 10; kualitas not yet judged 0; the rest as claimed
		assertIndicators(score, "20", "10", "0", "5", "5", "5");
		assertThat(score.total()).isEqualByComparingTo("45");
		// with visitasi 80, KI Kaltim's 80/20 gives 36 + 16
		var policy = ScoringPolicy.of(Map.of(ScoreStage.SAQ, new BigDecimal("80"), ScoreStage.VISITATION,
				new BigDecimal("20")));
		var result = ScoringEngine.finalScore(policy,
				StageScores.of(Map.of(ScoreStage.SAQ, score.total(), ScoreStage.VISITATION, new BigDecimal("80"))), true);
		assertThat(result.rounded()).isEqualByComparingTo("52.00");
		assertThat(result.band().code()).isEqualTo("KURANG_INFORMATIF");
	}

	@Test
	void acceptingEveryItemKeepsTheClaimedScore() {
		Map<String, Verdict> verdicts = new HashMap<>();
		KALTIM.indicators().forEach(i -> i.items().forEach(item -> verdicts.put(item.code(), Verdict.ACCEPTED)));
		assertThat(ScoringEngine.verifiedScore(KALTIM, KALTIM_ANSWERS, verdicts))
			.isEqualTo(ScoringEngine.selfScore(KALTIM, KALTIM_ANSWERS));
	}

	@Test
	void itemsWithoutVerdictScoreNothingVerified() {
		assertThat(ScoringEngine.verifiedScore(KALTIM, KALTIM_ANSWERS, Map.of()).total()).isEqualByComparingTo("0");
	}

	@Test
	void weighsItemsWithinTheirIndicator() {
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", "60", ItemSpec.yesNo("A1", "3", NONE),
				ItemSpec.yesNo("A2", "1", NONE)), IndicatorSpec.of("B", "40", ItemSpec.yesNo("B1", "1", NONE)));
		var score = ScoringEngine.selfScore(spec,
				List.of(Answer.yesNo("A1", true, false, false), Answer.yesNo("B1", true, false, false)));
		// 3/4 × 60 + 40
		assertThat(score.indicators().get("A")).isEqualByComparingTo("45");
		assertThat(score.total()).isEqualByComparingTo("85");
	}

	@Test
	void leavesFreeTextAndNumbersWithoutThresholdsOutOfTheDenominator() {
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", "100", ItemSpec.yesNo("A1", "1", NONE),
				ItemSpec.freeText("A2"), ItemSpec.number("A3", "5", NONE)));
		var score = ScoringEngine.selfScore(spec, List.of(Answer.yesNo("A1", true, false, false), Answer.text("A2")));
		assertThat(score.total()).isEqualByComparingTo("100");
		assertThat(score.items()).containsOnlyKeys("A1");
	}

	@Test
	void countsMissingAnswersAsZeroInTheDenominator() {
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", "100", ItemSpec.yesNo("A1", "1", NONE),
				ItemSpec.yesNo("A2", "1", NONE), ItemSpec.choice("A3", "2", NONE, OptionSpec.of("X", "1"))));
		var score = ScoringEngine.selfScore(spec, List.of(Answer.yesNo("A1", true, false, false)));
		assertThat(score.total()).isEqualByComparingTo("25");
		assertThat(score.items()).containsEntry("A2", BigDecimal.ZERO.setScale(0));
		assertThat(ScoringEngine.selfScore(spec, List.of()).total()).isEqualByComparingTo("0");
	}

	@Test
	void ignoresAnswersToItemsTheInstrumentDoesNotHave() {
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", "100", ItemSpec.yesNo("A1", "1", NONE)));
		var score = ScoringEngine.selfScore(spec,
				List.of(Answer.yesNo("A1", true, false, false), Answer.yesNo("GONE", true, false, false)));
		assertThat(score.total()).isEqualByComparingTo("100");
	}

	@Test
	void keepsThirdsExactSoARoundingEdgeIsNotMissed() {
		// three indicators of 10 each earn 1/3 of a checklist: 10/3 each, which no decimal holds exactly; the
		// total is exactly 79.995 and must round up to 80.00 (a rounded 10/3 summed three times gives 79.99499…)
		var third = new ItemSpec[3];
		for (int i = 0; i < 3; i++) {
			third[i] = ItemSpec.checklist("C" + i, "1", NONE, false, ElementSpec.of("X", "1"), ElementSpec.of("Y", "1"),
					ElementSpec.of("Z", "1"));
		}
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", "10", third[0]), IndicatorSpec.of("B", "10", third[1]),
				IndicatorSpec.of("C", "10", third[2]), IndicatorSpec.of("D", "60", ItemSpec.yesNo("D1", "1", NONE)),
				IndicatorSpec.of("E", "10", ItemSpec.choice("E1", "1", NONE, OptionSpec.of("ALMOST", "0.9995"))));
		var answers = List.of(Answer.elements("C0", Set.of("X"), false, false),
				Answer.elements("C1", Set.of("Y"), false, false), Answer.elements("C2", Set.of("Z"), false, false),
				Answer.yesNo("D1", true, false, false), Answer.option("E1", "ALMOST", false, false));
		SaqScore score = ScoringEngine.selfScore(spec, answers);
		assertThat(score.total()).isEqualByComparingTo("79.995");
		var result = ScoringEngine.finalScore(ScoringPolicy.of(Map.of(ScoreStage.SAQ, new BigDecimal("100"))),
				StageScores.of(Map.of(ScoreStage.SAQ, score.total())), true);
		assertThat(result.rounded()).isEqualByComparingTo("80.00");
		assertThat(result.band().code()).isEqualTo("MENUJU_INFORMATIF");
	}

	static void assertIndicators(SaqScore score, String... expected) {
		assertThat(score.indicators().values()).zipSatisfy(List.of(expected),
				(actual, wanted) -> assertThat(actual).isEqualByComparingTo(wanted));
	}

}
