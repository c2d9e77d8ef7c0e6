package id.monevkip.directory;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Format rules for directory codes and contact details. Forms use the patterns for instant feedback;
 * services check again because imports and other callers do not pass through a form.
 */
final class BodyRules {

	/** Codes end up in CSV files, URLs and reports, so they stay plain: capitals, digits, dot, dash, underscore. */
	static final String CODE_PATTERN = "[A-Z0-9._-]{2,40}";

	static final String WEBSITE_PATTERN = "https?://\\S+";

	/** Stricter than the Jakarta default: an address without a dot in its domain cannot be a real mailbox. */
	static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private static final Pattern CODE = Pattern.compile(CODE_PATTERN);

	private static final Pattern WEBSITE = Pattern.compile(WEBSITE_PATTERN, Pattern.CASE_INSENSITIVE);

	private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

	private BodyRules() {
	}

	/** Codes are typed on phones, often in lower case; they are compared in upper case. */
	static @Nullable String normaliseCode(@Nullable String code) {
		return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
	}

	static boolean isValidCode(@Nullable String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/** Empty is fine: many village bodies have no website. */
	static boolean isValidWebsite(@Nullable String website) {
		return website == null || WEBSITE.matcher(website).matches();
	}

	static boolean isValidEmail(@Nullable String email) {
		return email == null || EMAIL.matcher(email).matches();
	}

}
