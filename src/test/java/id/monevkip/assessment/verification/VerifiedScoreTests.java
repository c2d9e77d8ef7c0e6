package id.monevkip.assessment.verification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.monevkip.questionnaire.scoring.Answer;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.questionnaire.scoring.IndicatorSpec;
import id.monevkip.questionnaire.scoring.InstrumentSpec;
import id.monevkip.questionnaire.scoring.ItemSpec;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How verdicts turn a self-claimed SAQ into the verified one, as verification records it. */
class VerifiedScoreTests {

	private static final InstrumentSpec SPEC = new InstrumentSpec(List.of(
			new IndicatorSpec("1", new BigDecimal("60"),
					List.of(ItemSpec.yesNo("1.1", "1", EvidenceRequirement.FILE),
							ItemSpec.yesNo("1.2", "1", EvidenceRequirement.NONE))),
			new IndicatorSpec("2", new BigDecimal("40"), List.of(ItemSpec.yesNo("2.1", "1", EvidenceRequirement.NONE),
					ItemSpec.freeText("2.2")))));

	private static final List<Answer> ANSWERS = List.of(Answer.yesNo("1.1", true, true, false),
			Answer.yesNo("1.2", true, false, false), Answer.yesNo("2.1", true, false, false), Answer.text("2.2"));

	@ParameterizedTest
	@CsvSource({ "ACCEPTED,ACCEPTED,ACCEPTED,100", "ACCEPTED,REJECTED,ACCEPTED,70", "NEEDS_REVISION,ACCEPTED,ACCEPTED,70",
			"REJECTED,REJECTED,NEEDS_REVISION,0", "ACCEPTED,ACCEPTED,REJECTED,60" })
	void onlyAcceptedItemsKeepTheirClaimedScore(Verdict first, Verdict second, Verdict third, String expected) {
		var score = ScoringEngine.verifiedScore(SPEC, ANSWERS, Map.of("1.1", first, "1.2", second, "2.1", third));
		assertThat(score.total()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "1.1", "2.1" })
	void anItemNotJudgedYetScoresNothingAndTheScoreNeverPassesTheClaim(String unjudged) {
		var verdicts = new java.util.HashMap<>(Map.of("1.1", Verdict.ACCEPTED, "1.2", Verdict.ACCEPTED, "2.1",
				Verdict.ACCEPTED));
		verdicts.remove(unjudged);
		var verified = ScoringEngine.verifiedScore(SPEC, ANSWERS, verdicts).total();
		assertThat(verified).isLessThan(ScoringEngine.selfScore(SPEC, ANSWERS).total());
	}

}
