package id.monevkip.guidance.web;

import id.monevkip.guidance.AnnouncementView;
import id.monevkip.guidance.internal.AnnouncementDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** An announcement: plain text (line breaks kept), optionally pinned, published now or at a time in WITA. */
record AnnouncementForm(
		@NotBlank(message = "{guidance.validation.required}") @Size(max = 200,
				message = "{guidance.validation.tooLong}") @Nullable String title,
		@NotBlank(message = "{guidance.validation.required}") @Size(max = 5000,
				message = "{guidance.validation.tooLong}") @Nullable String text,
		@Nullable Boolean pinned,
		@Pattern(regexp = FormText.DATE_TIME, message = "{guidance.validation.dateTime}") @Nullable String publishAt) {

	static AnnouncementForm empty() {
		return new AnnouncementForm(null, null, false, null);
	}

	static AnnouncementForm from(AnnouncementView view) {
		return new AnnouncementForm(view.title(), view.text(), view.pinned(), FormText.text(view.publishAt()));
	}

	/**
	 * Text of the right shape can still be no date (30 February); the error belongs to the field, so that it shows
	 * beside the input, which a class-level constraint would not do.
	 */
	void rejectUnreadable(Errors errors) {
		if (publishAt != null && !errors.hasFieldErrors("publishAt") && FormText.toInstant(publishAt) == null) {
			errors.rejectValue("publishAt", "guidance.validation.dateTime");
		}
	}

	AnnouncementDraft toCommand() {
		return new AnnouncementDraft(title, text, Boolean.TRUE.equals(pinned), FormText.toInstant(publishAt));
	}

}
