package id.monevkip.progress;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Mails the reminders queued from the board, once the request that queued them has committed. */
@Component
@RequiredArgsConstructor
class ReminderMailer {

	private final Reminders reminders;

	@ApplicationModuleListener
	void on(ReminderQueued reminder) {
		reminders.deliver(reminder.bodyId(), reminder.recipients(), reminder.subject(), reminder.text(),
				Locale.forLanguageTag(reminder.language()), Reminders.MANUAL, reminder.triggeredBy());
	}

}
