package id.monevkip.ranking.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Certificate codes: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn from a secure
 * random source so that nobody can guess another body's code (31^10 ≈ 8·10^14 codes).
 */
final class CertificateCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	private static final Pattern VALID = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateCodes() {
	}

	static String next() {
		var code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as typed (spaces, dashes and lower case forgiven), or null when it cannot be a certificate code. */
	static @Nullable String normalise(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		var code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		return VALID.matcher(code).matches() ? code : null;
	}

}
