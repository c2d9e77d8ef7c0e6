package id.monevkip.guidance.web;

import id.monevkip.guidance.HelpdeskView;
import id.monevkip.guidance.internal.ContactDraft;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A helpdesk contact: at least one of phone, WhatsApp or email (the service checks that). */
record ContactForm(
		@NotBlank(message = "{guidance.validation.required}") @Size(max = 120,
				message = "{guidance.validation.tooLong}") @Nullable String name,
		@Size(max = 160, message = "{guidance.validation.tooLong}") @Nullable String unit,
		@Pattern(regexp = FormText.PHONE, message = "{guidance.validation.phone}") @Nullable String phone,
		@Pattern(regexp = FormText.PHONE, message = "{guidance.validation.phone}") @Nullable String whatsapp,
		@Email(message = "{guidance.validation.email}") @Size(max = 160,
				message = "{guidance.validation.tooLong}") @Nullable String email,
		@Size(max = 160, message = "{guidance.validation.tooLong}") @Nullable String hours) {

	static ContactForm empty() {
		return new ContactForm(null, null, null, null, null, null);
	}

	static ContactForm from(HelpdeskView view) {
		return new ContactForm(view.name(), view.unit(), view.phone(), view.whatsapp(), view.email(), view.hours());
	}

	ContactDraft toCommand() {
		return new ContactDraft(name, unit, phone, whatsapp, email, hours);
	}

}
