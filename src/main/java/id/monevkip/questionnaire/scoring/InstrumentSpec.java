package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An instrument (SAQ) as the engine scores it: indicators whose weights total 100, each with its items. */
public record InstrumentSpec(List<IndicatorSpec> indicators) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public InstrumentSpec {
		indicators = List.copyOf(indicators);
	}

	public static InstrumentSpec of(IndicatorSpec... indicators) {
		return new InstrumentSpec(List.of(indicators));
	}

	/**
	 * Everything that keeps this instrument from being scored, as message keys for the instrument builder;
	 * empty when it can be used. The engine refuses an instrument with problems rather than guess.
	 */
	public List<InstrumentProblem> problems() {
		List<InstrumentProblem> problems = new ArrayList<>();
		if (indicators.isEmpty()) {
			return List.of(new InstrumentProblem("instrument", "instrument.indicators.empty"));
		}
		Set<String> indicatorCodes = new HashSet<>();
		Set<String> itemCodes = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (IndicatorSpec indicator : indicators) {
			if (!indicatorCodes.add(indicator.code())) {
				problems.add(new InstrumentProblem(indicator.code(), "instrument.indicator.duplicate", indicator.code()));
			}
			if (indicator.weight().signum() <= 0) {
				problems.add(new InstrumentProblem(indicator.code(), "instrument.indicator.weight", indicator.code()));
			}
			total = total.add(indicator.weight());
			// an indicator nobody can earn would cap every SAQ below 100
			if (indicator.items().stream().noneMatch(ItemSpec::scored)) {
				problems.add(new InstrumentProblem(indicator.code(), "instrument.indicator.unscored", indicator.code()));
			}
			for (ItemSpec item : indicator.items()) {
				if (!itemCodes.add(item.code())) {
					problems.add(new InstrumentProblem(item.code(), "instrument.item.duplicate", item.code()));
				}
				problems.addAll(itemProblems(item));
			}
		}
		if (total.compareTo(HUNDRED) != 0) {
			problems.add(new InstrumentProblem("instrument", "instrument.weights.total",
					total.stripTrailingZeros().toPlainString()));
		}
		return problems;
	}

	/** Throws with the problems listed when the instrument cannot be scored. */
	public void requireValid() {
		List<InstrumentProblem> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Instrument cannot be scored: " + problems);
		}
	}

	private static List<InstrumentProblem> itemProblems(ItemSpec item) {
		List<InstrumentProblem> problems = new ArrayList<>();
		String code = item.code();
		// the weight of an unscored item never enters the arithmetic, so any value is harmless
		if (item.scored() && item.weight().signum() <= 0) {
			problems.add(new InstrumentProblem(code, "instrument.item.weight", code));
		}
		switch (item.type()) {
			case SINGLE_CHOICE -> {
				if (item.options().isEmpty()) {
					problems.add(new InstrumentProblem(code, "instrument.options.missing", code));
				}
				Set<String> seen = new HashSet<>();
				for (OptionSpec option : item.options()) {
					if (!seen.add(option.code())) {
						problems.add(new InstrumentProblem(code, "instrument.option.duplicate", code, option.code()));
					}
					if (!isFraction(option.fraction())) {
						problems.add(new InstrumentProblem(code, "instrument.option.fraction", code, option.code()));
					}
				}
			}
			case CHECKLIST -> {
				if (item.elements().isEmpty()) {
					problems.add(new InstrumentProblem(code, "instrument.elements.missing", code));
				}
				Set<String> seen = new HashSet<>();
				for (ElementSpec element : item.elements()) {
					if (!seen.add(element.code())) {
						problems.add(new InstrumentProblem(code, "instrument.element.duplicate", code, element.code()));
					}
					if (element.weight().signum() <= 0) {
						problems.add(new InstrumentProblem(code, "instrument.element.weight", code, element.code()));
					}
				}
			}
			case NUMBER -> {
				Set<BigDecimal> seen = new HashSet<>();
				for (Threshold threshold : item.thresholds()) {
					String minimum = threshold.minimum().stripTrailingZeros().toPlainString();
					if (!seen.add(threshold.minimum().stripTrailingZeros())) {
						problems.add(new InstrumentProblem(code, "instrument.threshold.duplicate", code, minimum));
					}
					if (!isFraction(threshold.fraction())) {
						problems.add(new InstrumentProblem(code, "instrument.threshold.fraction", code, minimum));
					}
				}
			}
			default -> {
				// yes/no and free text carry nothing further to check
			}
		}
		return problems;
	}

	private static boolean isFraction(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
	}

}
