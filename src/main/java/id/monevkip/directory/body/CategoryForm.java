package id.monevkip.directory.body;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The category form. The code is only editable when creating; on edit the page shows it read-only and
 * the service ignores what comes back.
 */
record CategoryForm(
		@NotBlank(message = "{bodies.validation.required}") @Pattern(regexp = FieldRules.CODE_PATTERN,
				message = "{bodies.error.codeFormat}") @Nullable String code,
		@NotBlank(message = "{bodies.validation.required}") @Size(max = FieldRules.CATEGORY_NAME_MAX,
				message = "{bodies.validation.tooLong}") @Nullable String name,
		@NotNull(message = "{bodies.validation.required}") @Min(value = 0,
				message = "{categories.validation.sortOrder}") @Max(value = 9999,
						message = "{categories.validation.sortOrder}") @Nullable Integer sortOrder,
		@Nullable Boolean village, @Nullable Boolean active, long version) {

	/** An unticked checkbox sends nothing at all, which means "no". */
	CategoryForm {
		code = FieldRules.normaliseCode(code);
		village = Boolean.TRUE.equals(village);
		active = Boolean.TRUE.equals(active);
	}

	static CategoryForm empty() {
		return new CategoryForm(null, null, 0, false, true, 0);
	}

	static CategoryForm from(CategoryRow category) {
		return new CategoryForm(category.code(), category.name(), category.sortOrder(), category.village(),
				category.active(), category.version());
	}

	/** Only called after validation, when the required fields are present. */
	SaveCategory toCommand() {
		return new SaveCategory(code, name, sortOrder, Boolean.TRUE.equals(village), Boolean.TRUE.equals(active));
	}

}
