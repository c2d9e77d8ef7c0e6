package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Valid instruments, answers and verdicts drawn from a seeded Random, for the property-style tests and the
 * benchmark: every answer type, decimal weights, missing answers and missing evidence.
 */
final class RandomInstruments {

	private static final AnswerType[] TYPES = AnswerType.values();

	private static final EvidenceRequirement[] EVIDENCE = EvidenceRequirement.values();

	private RandomInstruments() {
	}

	static InstrumentSpec instrument(Random random, int indicators, int itemsPerIndicator) {
		return instrument(random, weightsTotallingHundred(random, indicators), itemsPerIndicator);
	}

	static InstrumentSpec instrument(Random random, List<BigDecimal> weights, int itemsPerIndicator) {
		List<IndicatorSpec> specs = new ArrayList<>();
		for (int i = 0; i < weights.size(); i++) {
			List<ItemSpec> items = new ArrayList<>();
			for (int j = 0; j < itemsPerIndicator; j++) {
				// the first item is always scored, so that no indicator is left without any
				items.add(item(random, "I" + i + "Q" + j, j == 0));
			}
			specs.add(new IndicatorSpec("I" + i, weights.get(i), items));
		}
		return new InstrumentSpec(specs);
	}

	static InstrumentSpec instrument(Random random) {
		return instrument(random, 1 + random.nextInt(8), 1 + random.nextInt(12));
	}

	/** Distinct cut points in hundredths split 100 into positive parts with two decimals. */
	private static List<BigDecimal> weightsTotallingHundred(Random random, int count) {
		TreeSet<Integer> cuts = new TreeSet<>();
		while (cuts.size() < count - 1) {
			cuts.add(1 + random.nextInt(9_999));
		}
		cuts.add(10_000);
		List<BigDecimal> weights = new ArrayList<>();
		int previous = 0;
		for (int cut : cuts) {
			weights.add(BigDecimal.valueOf(cut - previous, 2));
			previous = cut;
		}
		return weights;
	}

	private static ItemSpec item(Random random, String code, boolean scored) {
		AnswerType type = scored ? TYPES[random.nextInt(4)] : TYPES[random.nextInt(TYPES.length)];
		BigDecimal weight = BigDecimal.valueOf(1 + random.nextInt(1_000), random.nextInt(3));
		EvidenceRequirement evidence = EVIDENCE[random.nextInt(EVIDENCE.length)];
		List<OptionSpec> options = new ArrayList<>();
		List<ElementSpec> elements = new ArrayList<>();
		List<Threshold> thresholds = new ArrayList<>();
		int count = 1 + random.nextInt(5);
		for (int k = 0; k < count; k++) {
			options.add(new OptionSpec("O" + k, fraction(random)));
			elements.add(new ElementSpec("E" + k, BigDecimal.valueOf(1 + random.nextInt(500), random.nextInt(3))));
			thresholds.add(new Threshold(BigDecimal.valueOf(k * 10L + random.nextInt(10)), fraction(random)));
		}
		return switch (type) {
			case SINGLE_CHOICE -> new ItemSpec(code, weight, type, evidence, false, options, List.of(), List.of());
			case CHECKLIST ->
				new ItemSpec(code, weight, type, evidence, random.nextBoolean(), List.of(), elements, List.of());
			case NUMBER -> new ItemSpec(code, weight, type, evidence, false, List.of(), List.of(), thresholds);
			default -> new ItemSpec(code, weight, type, evidence, false, List.of(), List.of(), List.of());
		};
	}

	private static BigDecimal fraction(Random random) {
		return BigDecimal.valueOf(random.nextInt(1_001), 3);
	}

	/** An answer to most items (about one in ten left out), with evidence attached at random. */
	static List<Answer> answers(Random random, InstrumentSpec spec) {
		List<Answer> answers = new ArrayList<>();
		for (IndicatorSpec indicator : spec.indicators()) {
			for (ItemSpec item : indicator.items()) {
				if (random.nextInt(10) > 0) {
					answers.add(answer(random, item));
				}
			}
		}
		return answers;
	}

	private static Answer answer(Random random, ItemSpec item) {
		boolean file = random.nextInt(4) > 0;
		boolean link = random.nextBoolean();
		@Nullable String option = item.options().isEmpty() ? null
				: item.options().get(random.nextInt(item.options().size())).code();
		Set<String> ticked = new HashSet<>();
		for (ElementSpec element : item.elements()) {
			if (random.nextInt(3) > 0) {
				ticked.add(element.code());
			}
		}
		BigDecimal number = BigDecimal.valueOf(random.nextInt(60));
		return new Answer(item.code(), random.nextInt(5) > 0, option, ticked, number, file, link);
	}

	/** A verdict on most items (some not yet judged), any of the three at random. */
	static Map<String, Verdict> verdicts(Random random, InstrumentSpec spec) {
		Verdict[] values = Verdict.values();
		Map<String, Verdict> verdicts = new HashMap<>();
		for (IndicatorSpec indicator : spec.indicators()) {
			for (ItemSpec item : indicator.items()) {
				if (random.nextInt(8) > 0) {
					verdicts.put(item.code(), values[random.nextInt(values.length)]);
				}
			}
		}
		return verdicts;
	}

}
