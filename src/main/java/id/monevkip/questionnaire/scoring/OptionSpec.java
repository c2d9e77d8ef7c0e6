package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

/** One option of a single-choice item and the fraction of the item's weight it earns (0 to 1). */
public record OptionSpec(String code, BigDecimal fraction) {

	public static OptionSpec of(String code, String fraction) {
		return new OptionSpec(code, new BigDecimal(fraction));
	}

}
