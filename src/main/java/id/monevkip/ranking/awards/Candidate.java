package id.monevkip.ranking.awards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A body as an award ranking reads it: its published final score, the stage scores a tie-break chain may use and
 * the kabupaten/kota it belongs to (null for bodies without one, e.g. province-level bodies).
 */
record Candidate(long bodyId, @Nullable String regencyCode, BigDecimal finalScore, @Nullable BigDecimal verifiedSaq,
		@Nullable BigDecimal presentation, @Nullable BigDecimal visitation) {

	/** The regency part (e.g. 64.02) of a Kemendagri region code (64.02.06 or 64.02.06.2001); null above it. */
	static @Nullable String regencyOf(@Nullable String regionCode) {
		if (regionCode == null) {
			return null;
		}
		String[] parts = regionCode.split("\\.");
		return parts.length < 2 ? null : parts[0] + "." + parts[1];
	}

}
