package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE_AND_LINK;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE_OR_LINK;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.LINK;
import static id.monevkip.questionnaire.scoring.EvidenceRequirement.NONE;
import static org.assertj.core.api.Assertions.assertThat;

/** One scored item in an instrument of one indicator weighing 100: the SAQ is the item score × 100. */
class ItemScoringTests {

	static final ItemSpec CHOICE = ItemSpec.choice("Q", "1", NONE, OptionSpec.of("DAILY", "1"),
			OptionSpec.of("WEEKLY", "0.5"), OptionSpec.of("NEVER", "0"));

	static final ItemSpec CHECKLIST = ItemSpec.checklist("Q", "1", NONE, false, ElementSpec.of("RELEVANT", "1"),
			ElementSpec.of("ACCURATE", "1"), ElementSpec.of("CURRENT", "2"));

	static final ItemSpec ALL_OR_NOTHING = ItemSpec.checklist("Q", "1", NONE, true, ElementSpec.of("BUDGET", "1"),
			ElementSpec.of("STAFF", "1"), ElementSpec.of("DECREE", "3"));

	static final ItemSpec NUMBER = ItemSpec.number("Q", "1", NONE, Threshold.of("5", "0.5"),
			Threshold.of("10", "1"), Threshold.of("1", "0.25"));

	static Stream<Arguments> yesNo() {
		return Stream.of(Arguments.of(true, NONE, false, false, "1"), Arguments.of(false, NONE, true, true, "0"),
				Arguments.of(null, NONE, true, true, "0"), Arguments.of(true, FILE, true, false, "1"),
				Arguments.of(true, FILE, false, true, "0"), Arguments.of(true, LINK, false, true, "1"),
				Arguments.of(true, LINK, true, false, "0"), Arguments.of(true, FILE_OR_LINK, true, false, "1"),
				Arguments.of(true, FILE_OR_LINK, false, true, "1"), Arguments.of(true, FILE_OR_LINK, false, false, "0"),
				Arguments.of(true, FILE_AND_LINK, true, true, "1"), Arguments.of(true, FILE_AND_LINK, true, false, "0"),
				Arguments.of(true, FILE_AND_LINK, false, true, "0"), Arguments.of(false, FILE, true, false, "0"));
	}

	@ParameterizedTest(name = "yes={0} needing {1}, file={2} link={3} scores {4}")
	@MethodSource
	void yesNo(@Nullable Boolean yes, EvidenceRequirement evidence, boolean file, boolean link, String expected) {
		var item = ItemSpec.yesNo("Q", "1", evidence);
		var answer = new Answer("Q", yes, null, Set.of(), null, file, link);
		assertItemScore(item, answer, expected);
	}

	static Stream<Arguments> singleChoice() {
		return Stream.of(Arguments.of("DAILY", "1"), Arguments.of("WEEKLY", "0.5"), Arguments.of("NEVER", "0"),
				Arguments.of("REMOVED", "0"), Arguments.of(null, "0"));
	}

	@ParameterizedTest(name = "option {0} scores {1}")
	@MethodSource
	void singleChoice(@Nullable String option, String expected) {
		assertItemScore(CHOICE, new Answer("Q", null, option, Set.of(), null, false, false), expected);
	}

	static Stream<Arguments> checklist() {
		return Stream.of(Arguments.of(Set.of("RELEVANT", "ACCURATE", "CURRENT"), "1"),
				Arguments.of(Set.of("RELEVANT", "CURRENT"), "0.75"), Arguments.of(Set.of("ACCURATE"), "0.25"),
				Arguments.of(Set.of("RELEVANT", "UNKNOWN"), "0.25"), Arguments.of(Set.of(), "0"));
	}

	@ParameterizedTest(name = "ticking {0} scores {1} of the element weights")
	@MethodSource
	void checklist(Set<String> ticked, String expected) {
		assertItemScore(CHECKLIST, Answer.elements("Q", ticked, false, false), expected);
	}

	static Stream<Arguments> allOrNothingChecklist() {
		return Stream.of(Arguments.of(Set.of("BUDGET", "STAFF", "DECREE"), "1"),
				Arguments.of(Set.of("BUDGET", "DECREE"), "0"), Arguments.of(Set.of("DECREE"), "0"),
				Arguments.of(Set.of(), "0"));
	}

	@ParameterizedTest(name = "all-or-nothing: ticking {0} scores {1}")
	@MethodSource
	void allOrNothingChecklist(Set<String> ticked, String expected) {
		assertItemScore(ALL_OR_NOTHING, Answer.elements("Q", ticked, false, false), expected);
	}

	static Stream<Arguments> number() {
		return Stream.of(Arguments.of("0", "0"), Arguments.of("0.99", "0"), Arguments.of("1", "0.25"),
				Arguments.of("4.9", "0.25"), Arguments.of("5", "0.5"), Arguments.of("9", "0.5"),
				Arguments.of("10", "1"), Arguments.of("250", "1"), Arguments.of(null, "0"));
	}

	@ParameterizedTest(name = "number {0} reaches the threshold worth {1}")
	@MethodSource
	void number(@Nullable String value, String expected) {
		var answer = new Answer("Q", null, null, Set.of(), value == null ? null : new BigDecimal(value), false,
				false);
		assertItemScore(NUMBER, answer, expected);
	}

	static Stream<Arguments> evidenceMissingForEveryScoredType() {
		return Stream.of(
				Arguments.of(ItemSpec.choice("Q", "1", FILE, OptionSpec.of("A", "1")),
						Answer.option("Q", "A", false, true)),
				Arguments.of(ItemSpec.checklist("Q", "1", LINK, false, ElementSpec.of("E", "1")),
						Answer.elements("Q", Set.of("E"), true, false)),
				Arguments.of(ItemSpec.checklist("Q", "1", FILE_AND_LINK, true, ElementSpec.of("E", "1")),
						Answer.elements("Q", Set.of("E"), true, false)),
				Arguments.of(ItemSpec.number("Q", "1", FILE_OR_LINK, Threshold.of("1", "1")),
						Answer.number("Q", BigDecimal.TEN, false, false)),
				Arguments.of(ItemSpec.yesNo("Q", "1", FILE), Answer.yesNo("Q", true, false, false)));
	}

	@ParameterizedTest(name = "{0} without its evidence scores 0")
	@MethodSource
	void evidenceMissingForEveryScoredType(ItemSpec item, Answer answer) {
		assertItemScore(item, answer, "0");
	}

	@ParameterizedTest(name = "{0} with its evidence scores 1")
	@MethodSource("evidenceMissingForEveryScoredType")
	void sameAnswersScoreWithTheirEvidence(ItemSpec item, Answer answer) {
		var withEvidence = new Answer(answer.itemCode(), answer.yes(), answer.optionCode(), answer.elementCodes(),
				answer.number(), true, true);
		assertItemScore(item, withEvidence, "1");
	}

	static void assertItemScore(ItemSpec item, Answer answer, String expected) {
		var spec = InstrumentSpec.of(new IndicatorSpec("I", new BigDecimal("100"), List.of(item)));
		SaqScore score = ScoringEngine.selfScore(spec, List.of(answer));
		assertThat(score.items().get("Q")).isEqualByComparingTo(expected);
		assertThat(score.total()).isEqualByComparingTo(new BigDecimal(expected).multiply(new BigDecimal("100")));
	}

}
