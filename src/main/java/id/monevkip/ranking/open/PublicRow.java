package id.monevkip.ranking.open;

import java.math.BigDecimal;
import java.util.Locale;

/** One body's line of a published decree: what citizens and open data see (no stage scores, no shortlist). */
public record PublicRow(long bodyId, String code, String name, long categoryId, String categoryName, BigDecimal finalScore,
		String band, int rank) {

	/** Whether the body's name or code contains the (already lower-cased) search text. */
	public boolean matches(String needle) {
		return name.toLowerCase(Locale.ROOT).contains(needle) || code.toLowerCase(Locale.ROOT).contains(needle);
	}

}
