package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

/** One required element of a checklist item, weighted against the item's other elements. */
public record ElementSpec(String code, BigDecimal weight) {

	public static ElementSpec of(String code, String weight) {
		return new ElementSpec(code, new BigDecimal(weight));
	}

}
