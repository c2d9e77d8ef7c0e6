package id.monevkip.guidance.web;

import id.monevkip.guidance.GuideView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A guide document's title; the file travels beside it as a request part (the service checks type and size). */
record GuideForm(@NotBlank(message = "{guidance.validation.required}") @Size(max = 200,
		message = "{guidance.validation.tooLong}") @Nullable String title) {

	static GuideForm empty() {
		return new GuideForm(null);
	}

	static GuideForm from(GuideView view) {
		return new GuideForm(view.title());
	}

}
