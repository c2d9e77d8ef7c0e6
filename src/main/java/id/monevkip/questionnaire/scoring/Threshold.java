package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

/** A number item earns {@code fraction} once its answer reaches {@code minimum}; the highest reached wins. */
public record Threshold(BigDecimal minimum, BigDecimal fraction) {

	public static Threshold of(String minimum, String fraction) {
		return new Threshold(new BigDecimal(minimum), new BigDecimal(fraction));
	}

}
