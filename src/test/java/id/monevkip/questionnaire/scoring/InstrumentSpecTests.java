package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static id.monevkip.questionnaire.scoring.EvidenceRequirement.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InstrumentSpecTests {

	static ItemSpec yes(String code) {
		return ItemSpec.yesNo(code, "1", NONE);
	}

	static InstrumentSpec single(ItemSpec... items) {
		return InstrumentSpec.of(IndicatorSpec.of("I", "100", items));
	}

	@Test
	void acceptsIndicatorWeightsTotallingHundredInDecimals() {
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", "33.33", yes("A1")), IndicatorSpec.of("B", "33.33", yes("B1")),
				IndicatorSpec.of("C", "33.34", yes("C1"), ItemSpec.freeText("C2")));
		assertThat(spec.problems()).isEmpty();
	}

	static Stream<Arguments> weightTotals() {
		return Stream.of(Arguments.of("40", "50", "90"), Arguments.of("60", "50", "110"),
				Arguments.of("99.99", "0.001", "99.991"));
	}

	@ParameterizedTest(name = "weights {0} + {1} total {2}: rejected")
	@MethodSource
	void weightTotals(String first, String second, String total) {
		var spec = InstrumentSpec.of(IndicatorSpec.of("A", first, yes("A1")), IndicatorSpec.of("B", second, yes("B1")));
		assertThat(spec.problems()).containsExactly(new InstrumentProblem("instrument", "instrument.weights.total", total));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.selfScore(spec, List.of()))
			.withMessageContaining("instrument.weights.total");
	}

	static Stream<Arguments> invalidInstruments() {
		return Stream.of(Arguments.of(new InstrumentSpec(List.of()), "instrument.indicators.empty", List.of()),
				Arguments.of(InstrumentSpec.of(IndicatorSpec.of("A", "100", yes("A1")), IndicatorSpec.of("B", "0", yes("B1"))),
						"instrument.indicator.weight", List.of("B")),
				Arguments.of(InstrumentSpec.of(IndicatorSpec.of("A", "50", yes("A1")), IndicatorSpec.of("A", "50", yes("A2"))),
						"instrument.indicator.duplicate", List.of("A")),
				Arguments.of(single(ItemSpec.yesNo("Q", "0", NONE)), "instrument.item.weight", List.of("Q")),
				Arguments.of(single(ItemSpec.yesNo("Q", "-1", NONE)), "instrument.item.weight", List.of("Q")),
				Arguments.of(InstrumentSpec.of(IndicatorSpec.of("A", "50", yes("Q")), IndicatorSpec.of("B", "50", yes("Q"))),
						"instrument.item.duplicate", List.of("Q")),
				Arguments.of(single(ItemSpec.choice("Q", "1", NONE)), "instrument.options.missing", List.of("Q")),
				Arguments.of(single(ItemSpec.choice("Q", "1", NONE, OptionSpec.of("A", "1.5"))),
						"instrument.option.fraction", List.of("Q", "A")),
				Arguments.of(single(ItemSpec.choice("Q", "1", NONE, OptionSpec.of("A", "-0.1"))),
						"instrument.option.fraction", List.of("Q", "A")),
				Arguments.of(single(ItemSpec.choice("Q", "1", NONE, OptionSpec.of("A", "1"), OptionSpec.of("A", "0"))),
						"instrument.option.duplicate", List.of("Q", "A")),
				Arguments.of(single(ItemSpec.checklist("Q", "1", NONE, false)), "instrument.elements.missing",
						List.of("Q")),
				Arguments.of(single(ItemSpec.checklist("Q", "1", NONE, true, ElementSpec.of("E", "0"))),
						"instrument.element.weight", List.of("Q", "E")),
				Arguments.of(single(ItemSpec.checklist("Q", "1", NONE, true, ElementSpec.of("E", "1"),
						ElementSpec.of("E", "2"))), "instrument.element.duplicate", List.of("Q", "E")),
				Arguments.of(single(ItemSpec.number("Q", "1", NONE, Threshold.of("5", "2"))),
						"instrument.threshold.fraction", List.of("Q", "5")),
				Arguments.of(single(ItemSpec.number("Q", "1", NONE, Threshold.of("5", "1"), Threshold.of("5.0", "0.5"))),
						"instrument.threshold.duplicate", List.of("Q", "5")),
				Arguments.of(single(ItemSpec.freeText("Q"), ItemSpec.number("N", "1", NONE)),
						"instrument.indicator.unscored", List.of("I")));
	}

	@ParameterizedTest(name = "{1} {2}")
	@MethodSource
	void invalidInstruments(InstrumentSpec spec, String key, List<Object> arguments) {
		assertThat(spec.problems()).extracting(InstrumentProblem::messageKey).containsExactly(key);
		assertThat(spec.problems().get(0).arguments()).isEqualTo(arguments);
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.selfScore(spec, List.of()))
			.withMessageContaining(key);
	}

	@Test
	void ignoresTheWeightOfUnscoredItems() {
		var freeTextWithoutWeight = new ItemSpec("T", BigDecimal.ZERO, AnswerType.FREE_TEXT, NONE, false, List.of(),
				List.of(), List.of());
		assertThat(single(yes("Q"), freeTextWithoutWeight).problems()).isEmpty();
	}

	@Test
	void refusesTwoAnswersToOneItem() {
		var spec = single(yes("Q"));
		var answers = List.of(Answer.yesNo("Q", true, false, false), Answer.yesNo("Q", false, false, false));
		assertThatIllegalArgumentException().isThrownBy(() -> ScoringEngine.selfScore(spec, answers))
			.withMessageContaining("Q");
	}

}
