package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** The score of one scored item in [0, 1] from the respondent's answer, before any verdict. */
final class ItemScoring {

	private ItemScoring() {
	}

	static Ratio score(ItemSpec item, @Nullable Answer answer) {
		// a missing answer or missing evidence earns nothing, yet the item still weighs in the denominator
		if (answer == null || !item.evidence().isMetBy(answer.hasFile(), answer.hasLink())) {
			return Ratio.ZERO;
		}
		return switch (item.type()) {
			case YES_NO -> Boolean.TRUE.equals(answer.yes()) ? Ratio.ONE : Ratio.ZERO;
			case SINGLE_CHOICE -> choice(item, answer.optionCode());
			case CHECKLIST -> checklist(item, answer);
			case NUMBER -> number(item, answer.number());
			case FREE_TEXT -> throw new IllegalStateException("Free text is never scored: " + item.code());
		};
	}

	private static Ratio choice(ItemSpec item, @Nullable String optionCode) {
		for (OptionSpec option : item.options()) {
			if (option.code().equals(optionCode)) {
				return Ratio.of(option.fraction());
			}
		}
		// no option or one the instrument no longer has: nothing to score
		return Ratio.ZERO;
	}

	private static Ratio checklist(ItemSpec item, Answer answer) {
		BigDecimal met = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (ElementSpec element : item.elements()) {
			total = total.add(element.weight());
			if (answer.elementCodes().contains(element.code())) {
				met = met.add(element.weight());
			}
		}
		if (item.allOrNothing()) {
			return met.compareTo(total) == 0 ? Ratio.ONE : Ratio.ZERO;
		}
		return new Ratio(met, total);
	}

	private static Ratio number(ItemSpec item, @Nullable BigDecimal value) {
		if (value == null) {
			return Ratio.ZERO;
		}
		@Nullable Threshold best = null;
		for (Threshold threshold : item.thresholds()) {
			if (value.compareTo(threshold.minimum()) >= 0
					&& (best == null || threshold.minimum().compareTo(best.minimum()) > 0)) {
				best = threshold;
			}
		}
		return best == null ? Ratio.ZERO : Ratio.of(best.fraction());
	}

}
