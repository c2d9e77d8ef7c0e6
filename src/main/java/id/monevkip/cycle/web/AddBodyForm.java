package id.monevkip.cycle.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Adds one body by its code; without a category it competes in its own. */
record AddBodyForm(@NotBlank(message = "{cycles.validation.required}") @Nullable String bodyCode,
		@Nullable Long categoryId) {
}
