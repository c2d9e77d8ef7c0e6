package id.monevkip.directory.body;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one definition of the directory's field formats and lengths. Forms use the patterns and lengths in
 * their constraints for instant feedback; services and the CSV import check again with the same rules,
 * because imports and other callers do not pass through a form. The lengths are the columns of
 * V2__directory.sql, so that nothing can be accepted that the database would refuse.
 */
public final class FieldRules {

	/** Codes end up in CSV files, URLs and reports, so they stay plain: capitals, digits, dot, dash, underscore. */
	public static final String CODE_PATTERN = "[A-Z0-9._-]{2,40}";

	/** A web address with a host that has a dot in it: "https://" alone or "http://localhost" is no website. */
	public static final String WEBSITE_PATTERN = "https?://[^\\s/?#]+\\.[^\\s/?#]+(/\\S*)?";

	/**
	 * Stricter than the Jakarta default: plain ASCII, no dot at either end of the name or two in a row, and a
	 * domain with a dot and a top-level part of letters, because anything else cannot be a real mailbox.
	 */
	public static final String EMAIL_PATTERN = "[A-Za-z0-9_%+'-]+(\\.[A-Za-z0-9_%+'-]+)*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";

	/** Digits with the separators people write numbers with: "(0541) 661234", "+62 812-3456-7890". */
	public static final String PHONE_PATTERN = "[0-9+()./ -]*[0-9][0-9+()./ -]*";

	/**
	 * A Kemendagri region code: two digits per level, dot-separated, four for the village, as in
	 * 64, 64.02, 64.02.06 and 64.02.06.2012.
	 */
	public static final String REGION_CODE_PATTERN = "\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?";

	public static final int CODE_MAX = 40;

	public static final int REGION_CODE_MAX = 13;

	public static final int REGION_NAME_MAX = 120;

	public static final int BODY_NAME_MAX = 200;

	public static final int CATEGORY_NAME_MAX = 120;

	public static final int WEBSITE_MAX = 300;

	public static final int EMAIL_MAX = 200;

	public static final int PHONE_MAX = 40;

	public static final int ADDRESS_MAX = 400;

	public static final int PERSON_NAME_MAX = 120;

	public static final int POSITION_MAX = 120;

	public static final Pattern CODE = Pattern.compile(CODE_PATTERN);

	public static final Pattern REGION_CODE = Pattern.compile(REGION_CODE_PATTERN);

	public static final Pattern WEBSITE = Pattern.compile(WEBSITE_PATTERN, Pattern.CASE_INSENSITIVE);

	public static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

	public static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);

	private FieldRules() {
	}

	/** Codes are typed on phones, often in lower case; they are compared in upper case. */
	public static @Nullable String normaliseCode(@Nullable String code) {
		return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
	}

	public static boolean isValidCode(@Nullable String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/** Empty is fine: many village bodies have no website. */
	public static boolean isValidWebsite(@Nullable String website) {
		return website == null || WEBSITE.matcher(website).matches();
	}

	public static boolean isValidEmail(@Nullable String email) {
		return email == null || EMAIL.matcher(email).matches();
	}

	public static boolean isValidPhone(@Nullable String phone) {
		return phone == null || PHONE.matcher(phone).matches();
	}

}
