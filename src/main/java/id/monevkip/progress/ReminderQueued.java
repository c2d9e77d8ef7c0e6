package id.monevkip.progress;

import java.util.List;

/**
 * A reminder written by hand, ready to go out to one body's respondents. Reminders to a whole board are queued as
 * one event per body in the request's transaction and mailed afterwards ({@link ReminderMailer}): a commission
 * reminding thousands of bodies does not wait for thousands of SMTP round trips, and what was not mailed yet when
 * the application stops is mailed after the restart (the event stays in {@code event_publication} until handled).
 *
 * @param subject the subject with its placeholders filled in
 * @param text the text with its placeholders filled in
 * @param language the language tag of the mail's frame (greeting, footer)
 * @param triggeredBy the account that asked for it
 */
public record ReminderQueued(long bodyId, List<String> recipients, String subject, String text, String language,
		long triggeredBy) {
}
