package id.monevkip.directory;

import org.jspecify.annotations.Nullable;

/** The bootstrap's minimal password check, in English for the server log. */
final class PasswordRules {

	private PasswordRules() {
	}

	static @Nullable String check(String email, String password) {
		if (password.strip().length() < 10) {
			return "it must have at least 10 characters";
		}
		if (password.equalsIgnoreCase(email)) {
			return "it must not be the email address";
		}
		return null;
	}

}
