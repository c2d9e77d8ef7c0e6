package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.List;

/** An indicator (e.g. jenis informasi, 40) and its items; the indicator weights of an instrument total 100. */
public record IndicatorSpec(String code, BigDecimal weight, List<ItemSpec> items) {

	public IndicatorSpec {
		items = List.copyOf(items);
	}

	public static IndicatorSpec of(String code, String weight, ItemSpec... items) {
		return new IndicatorSpec(code, new BigDecimal(weight), List.of(items));
	}

}
