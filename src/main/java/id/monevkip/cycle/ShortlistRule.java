package id.monevkip.cycle;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Who goes on to presentation and visitasi: a minimum (verified SAQ) score, the top N per category, or both
 * combined with AND/OR (KI Sumbar 2025: above 70 or top 5 in the category). With neither set, everybody does.
 */
public record ShortlistRule(@Nullable BigDecimal minimumScore, @Nullable Integer topPerCategory,
		Combination combination) {

	public enum Combination {

		/** Either criterion suffices. */
		ANY,
		/** Both criteria must hold. */
		ALL

	}

	public static ShortlistRule everybody() {
		return new ShortlistRule(null, null, Combination.ANY);
	}

	public boolean selectsEverybody() {
		return minimumScore == null && topPerCategory == null;
	}

}
