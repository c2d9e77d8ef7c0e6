package id.monevkip.progress;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The reminder as the user edits it: a subject and a text with placeholders. */
record ReminderForm(@NotBlank(message = "{progress.reminder.validation.required}") @Size(max = 200,
		message = "{progress.reminder.validation.subjectSize}") @Nullable String subject,
		@NotBlank(message = "{progress.reminder.validation.required}") @Size(max = 5000,
				message = "{progress.reminder.validation.textSize}") @Nullable String text) {

	/** The default reminder in the reader's language. */
	static ReminderForm from(MessageSource messages, Locale locale) {
		return new ReminderForm(messages.getMessage("progress.reminder.default.subject", null, locale),
				messages.getMessage("progress.reminder.default.text", null, locale));
	}

	/** Call after validation: both parts are then present. */
	Reminder toCommand() {
		return new Reminder(subject == null ? "" : subject, text == null ? "" : text);
	}

	/** A reminder to send, not yet checked for its placeholders. */
	record Reminder(String subject, String text) {
	}

}
