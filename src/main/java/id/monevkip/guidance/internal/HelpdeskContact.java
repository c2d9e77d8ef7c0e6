package id.monevkip.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** A person or desk to ask for help, with the ways to reach them and when. */
@Entity
@Table(name = "guidance_contact")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HelpdeskContact extends GuidanceItem {

	private String name;

	private @Nullable String unit;

	private @Nullable String phone;

	private @Nullable String whatsapp;

	private @Nullable String email;

	private @Nullable String hours;

	public HelpdeskContact(Publisher publisher, ContactDraft draft, String by, Instant now) {
		super(publisher, by, now);
		apply(draft);
	}

	public void update(ContactDraft draft, String by, Instant now) {
		apply(draft);
		touched(by, now);
	}

	private void apply(ContactDraft draft) {
		if (draft.phone() == null && draft.whatsapp() == null && draft.email() == null) {
			throw new IllegalStateException("A helpdesk contact needs a way to reach it");
		}
		this.name = draft.name();
		this.unit = draft.unit();
		this.phone = draft.phone();
		this.whatsapp = draft.whatsapp();
		this.email = draft.email();
		this.hours = draft.hours();
	}

}
