package id.monevkip.cycle.web;

import id.monevkip.cycle.Stage;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Grants a later closing time of one stage to a category or to one body (by code), with a reason. */
record ExtensionForm(@NotNull(message = "{cycles.validation.required}") @Nullable Stage stage,
		@Nullable Long categoryId, @Nullable String bodyCode,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DATE_TIME,
				message = "{cycles.validation.dateTime}") @Nullable String closesAt,
		@NotBlank(message = "{cycles.validation.required}") @Size(max = 500,
				message = "{cycles.validation.tooLong}") @Nullable String reason) {

	static ExtensionForm empty() {
		return new ExtensionForm(Stage.SAQ, null, null, null, null);
	}

	@AssertTrue(message = "{extensions.validation.oneTarget}")
	boolean isOneTarget() {
		return (categoryId == null) != (bodyCode == null);
	}

	@AssertTrue(message = "{cycles.validation.dateTime}")
	boolean isReadable() {
		return closesAt == null || FormText.toDateTime(closesAt) != null;
	}

}
