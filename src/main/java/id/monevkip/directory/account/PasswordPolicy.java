package id.monevkip.directory.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least ten characters, not only spaces, and not the account's email or the
 * part of it before the "@" (the first things anyone would guess). Pure rule, no Spring.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/** BCrypt reads at most 72 bytes; Spring Security refuses longer input instead of silently cutting it. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** @return the message key of the first rule the password breaks, or empty when it is acceptable */
	static Optional<String> violation(String password, String email) {
		if (password.isBlank()) {
			return Optional.of("password.policy.blank");
		}
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.policy.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.policy.tooLong");
		}
		String guess = password.strip().toLowerCase(Locale.ROOT);
		String address = email.strip().toLowerCase(Locale.ROOT);
		int at = address.indexOf('@');
		if (guess.equals(address) || (at > 0 && guess.equals(address.substring(0, at)))) {
			return Optional.of("password.policy.email");
		}
		return Optional.empty();
	}

}
