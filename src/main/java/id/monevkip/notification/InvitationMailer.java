package id.monevkip.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.monevkip.directory.InvitationIssued;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the one-time link of an invitation once the account and its invitation are committed, in the language the
 * coordinator chose for the reader. The directory only publishes the event, because mail lives here and the
 * directory may not depend on this module.
 */
@Component
@RequiredArgsConstructor
class InvitationMailer {

	private final NotificationManagement notifications;

	private final AppProperties app;

	@ApplicationModuleListener
	void on(InvitationIssued event) {
		var model = Map.<String, Object>of("recipientName", event.displayName(), "bodyName", event.bodyName(), "email",
				event.email(), "link", app.publicUrl().replaceAll("/+$", "") + "/invitations/" + event.token(),
				"expiresAt", Wita.text(event.expiresAt()));
		notifications.send(OutgoingMail
			.of("INVITATION", List.of(event.email()), Locale.forLanguageTag(event.language()), "invitation", model,
					List.of(event.bodyName()))
			.aboutBody(event.bodyId())
			.triggeredBy(event.invitedBy()));
	}

}
