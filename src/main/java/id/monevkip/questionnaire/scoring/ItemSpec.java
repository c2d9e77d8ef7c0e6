package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question as the engine sees it. Only the lists its type uses matter: options for single choice,
 * elements for checklists, thresholds for numbers.
 *
 * @param weight weight of the item within its indicator (any positive scale; only ratios count)
 * @param evidence what evidence must accompany the answer before it can score, whatever the type
 * @param allOrNothing for checklists: one missing element and the item scores nothing (KI Kaltim 2025)
 */
public record ItemSpec(String code, BigDecimal weight, AnswerType type, EvidenceRequirement evidence,
		boolean allOrNothing, List<OptionSpec> options, List<ElementSpec> elements, List<Threshold> thresholds) {

	public ItemSpec {
		options = List.copyOf(options);
		elements = List.copyOf(elements);
		thresholds = List.copyOf(thresholds);
	}

	public static ItemSpec yesNo(String code, String weight, EvidenceRequirement evidence) {
		return new ItemSpec(code, new BigDecimal(weight), AnswerType.YES_NO, evidence, false, List.of(), List.of(),
				List.of());
	}

	public static ItemSpec choice(String code, String weight, EvidenceRequirement evidence, OptionSpec... options) {
		return new ItemSpec(code, new BigDecimal(weight), AnswerType.SINGLE_CHOICE, evidence, false,
				List.of(options), List.of(), List.of());
	}

	public static ItemSpec checklist(String code, String weight, EvidenceRequirement evidence, boolean allOrNothing,
			ElementSpec... elements) {
		return new ItemSpec(code, new BigDecimal(weight), AnswerType.CHECKLIST, evidence, allOrNothing, List.of(),
				List.of(elements), List.of());
	}

	public static ItemSpec number(String code, String weight, EvidenceRequirement evidence,
			Threshold... thresholds) {
		return new ItemSpec(code, new BigDecimal(weight), AnswerType.NUMBER, evidence, false, List.of(), List.of(),
				List.of(thresholds));
	}

	public static ItemSpec freeText(String code) {
		return new ItemSpec(code, BigDecimal.ONE, AnswerType.FREE_TEXT, EvidenceRequirement.NONE, false, List.of(),
				List.of(), List.of());
	}

	/**
	 * Whether the item counts at all: free text never does and a number without thresholds has nothing to be
	 * measured against. Unscored items stay out of both numerator and denominator.
	 */
	public boolean scored() {
		return switch (type) {
			case FREE_TEXT -> false;
			case NUMBER -> !thresholds.isEmpty();
			default -> true;
		};
	}

}
