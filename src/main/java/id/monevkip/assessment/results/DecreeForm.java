package id.monevkip.assessment.results;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A decree as the commissioner types it: SK number, SK date, an optional note and, for a correction, the reason.
 * Holds invalid input too, so that the page can show it again with the errors.
 */
record DecreeForm(
		@NotBlank(message = "{results.decree.numberRequired}") @Size(max = Decrees.MAX_NUMBER, message = "{results.decree.numberTooLong}") @Nullable String number,
		@NotNull(message = "{results.decree.dateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@Size(max = Decrees.MAX_TEXT, message = "{results.decree.noteTooLong}") @Nullable String note,
		@Size(max = Decrees.MAX_TEXT, message = "{results.decree.reasonTooLong}") @Nullable String reason) {

	static DecreeForm empty() {
		return new DecreeForm(null, null, null, null);
	}

}
