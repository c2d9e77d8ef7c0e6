package id.monevkip.guidance.web;

import id.monevkip.guidance.FaqView;
import id.monevkip.guidance.internal.FaqDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A question, its answer (plain text) and its place in the list. */
record FaqForm(
		@NotBlank(message = "{guidance.validation.required}") @Size(max = 300,
				message = "{guidance.validation.tooLong}") @Nullable String question,
		@NotBlank(message = "{guidance.validation.required}") @Size(max = 3000,
				message = "{guidance.validation.tooLong}") @Nullable String answer,
		@NotNull(message = "{guidance.validation.required}") @Min(value = 0,
				message = "{guidance.validation.order}") @Max(value = 999,
						message = "{guidance.validation.order}") @Nullable Integer sortOrder) {

	static FaqForm empty() {
		return new FaqForm(null, null, 10);
	}

	static FaqForm from(FaqView view) {
		return new FaqForm(view.question(), view.answer(), view.sortOrder());
	}

	FaqDraft toCommand() {
		return new FaqDraft(question, answer, sortOrder);
	}

}
