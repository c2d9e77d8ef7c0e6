package id.monevkip.cycle.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Dates and numbers of the cycle forms travel as text: whatever was typed comes back to the page with a
 * field error instead of failing the whole form, and the form turns valid text into values.
 */
final class FormText {

	/** What a {@code datetime-local} input sends: date, hour and minute, sometimes seconds. */
	static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?";

	/** A score or weight: up to three digits and two decimals (a comma is read as the decimal point). */
	static final String DECIMAL = "\\d{1,3}(\\.\\d{1,2})?";

	static final String WHOLE = "\\d{1,4}";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private FormText() {
	}

	static @Nullable String decimal(@Nullable String text) {
		return text == null ? null : text.strip().replace(',', '.');
	}

	static @Nullable BigDecimal toDecimal(@Nullable String text) {
		return text == null || text.isBlank() ? null : new BigDecimal(text);
	}

	static @Nullable Integer toWhole(@Nullable String text) {
		return text == null || text.isBlank() ? null : Integer.valueOf(text);
	}

	static @Nullable LocalDateTime toDateTime(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String text(LocalDateTime value) {
		return value.format(MINUTES);
	}

	static @Nullable String text(@Nullable Number value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value == null ? null : value.toString();
	}

}
