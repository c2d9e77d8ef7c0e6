package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A respondent's answer to one item, as far as scoring needs it: the value for the item's type and whether
 * evidence (a file, a link) is attached. Fields that do not belong to the item's type are ignored.
 *
 * @param yes "Ya" (true) or "Tidak" (false) for yes/no items; null when not chosen
 * @param elementCodes the checklist elements ticked
 */
public record Answer(String itemCode, @Nullable Boolean yes, @Nullable String optionCode, Set<String> elementCodes,
		@Nullable BigDecimal number, boolean hasFile, boolean hasLink) {

	public Answer {
		elementCodes = Set.copyOf(elementCodes);
	}

	public static Answer yesNo(String itemCode, boolean yes, boolean hasFile, boolean hasLink) {
		return new Answer(itemCode, yes, null, Set.of(), null, hasFile, hasLink);
	}

	public static Answer option(String itemCode, String optionCode, boolean hasFile, boolean hasLink) {
		return new Answer(itemCode, null, optionCode, Set.of(), null, hasFile, hasLink);
	}

	public static Answer elements(String itemCode, Set<String> elementCodes, boolean hasFile, boolean hasLink) {
		return new Answer(itemCode, null, null, elementCodes, null, hasFile, hasLink);
	}

	public static Answer number(String itemCode, BigDecimal number, boolean hasFile, boolean hasLink) {
		return new Answer(itemCode, null, null, Set.of(), number, hasFile, hasLink);
	}

	public static Answer text(String itemCode) {
		return new Answer(itemCode, null, null, Set.of(), null, false, false);
	}

}
