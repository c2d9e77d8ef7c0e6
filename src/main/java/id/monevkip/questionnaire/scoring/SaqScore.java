package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An SAQ score, unrounded: rounding happens once, on the final score. Maps keep the instrument's order.
 *
 * @param total 0 to 100
 * @param indicators score per indicator code, each 0 to the indicator's weight
 * @param items score per scored item code, 0 to 1; unscored items (free text) are absent
 */
public record SaqScore(BigDecimal total, Map<String, BigDecimal> indicators, Map<String, BigDecimal> items) {

	public SaqScore {
		indicators = Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
		items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
	}

}
