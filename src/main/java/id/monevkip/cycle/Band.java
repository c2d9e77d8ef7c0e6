package id.monevkip.cycle;

import java.math.BigDecimal;
import java.util.List;

/**
 * A qualification band (kualifikasi) as a half-open interval [lower, upper); the top band includes its upper
 * bound (100), so that every score from 0 to 100 falls in exactly one band.
 *
 * @param code stable code, also the message key suffix (band.INFORMATIF)
 */
public record Band(String code, BigDecimal lower, BigDecimal upper) {

	/** KI's five bands: Informatif [90,100], Menuju [80,90), Cukup [60,80), Kurang [40,60), Tidak [0,40). */
	public static final List<Band> DEFAULTS = List.of(band("INFORMATIF", "90", "100"),
			band("MENUJU_INFORMATIF", "80", "90"), band("CUKUP_INFORMATIF", "60", "80"),
			band("KURANG_INFORMATIF", "40", "60"), band("TIDAK_INFORMATIF", "0", "40"));

	private static Band band(String code, String lower, String upper) {
		return new Band(code, new BigDecimal(lower), new BigDecimal(upper));
	}

	/** Whether a (rounded) score lies in this band; the band reaching 100 includes 100. */
	public boolean contains(BigDecimal score) {
		boolean top = upper.compareTo(ScoringPolicy.HUNDRED) >= 0;
		return score.compareTo(lower) >= 0 && (top ? score.compareTo(upper) <= 0 : score.compareTo(upper) < 0);
	}

}
