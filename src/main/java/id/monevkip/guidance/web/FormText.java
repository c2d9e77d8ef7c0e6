package id.monevkip.guidance.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/** Date-times travel as text, so whatever was typed comes back to the page with a field error. */
final class FormText {

	/** What a {@code datetime-local} input sends: date, hour and minute, sometimes seconds. */
	static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?";

	/** Digits, spaces, dashes, dots, brackets and a leading plus, as people write phone numbers. */
	static final String PHONE = "\\+?[0-9 ().-]{6,30}";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private FormText() {
	}

	/** The moment in WITA, or {@code null} for empty or unreadable text. */
	static @Nullable Instant toInstant(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDateTime.parse(text).atZone(Wita.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String text(Instant instant) {
		return instant.atZone(Wita.ZONE).toLocalDateTime().format(MINUTES);
	}

}
