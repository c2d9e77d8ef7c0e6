package id.monevkip.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Automatic reminders.
 *
 * @param enabled run the hourly job (switched off in tests, which call it directly)
 * @param daysBefore remind bodies that have not sent their SAQ this many days before their deadline
 */
@ConfigurationProperties("app.reminders")
record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int daysBefore) {

}
