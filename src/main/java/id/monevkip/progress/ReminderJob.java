package id.monevkip.progress;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the automatic reminders every hour, on one node at a time (ShedLock on the {@code shedlock} table, set up in
 * {@code shared.SchedulingConfiguration}). The
 * lock only saves work: that no body gets the same reminder twice is decided by {@code reminder_sent}. Switched
 * off with {@code app.reminders.enabled=false} (as in the tests, which call {@link Reminders#remindDue()}).
 */
@Component
@RequiredArgsConstructor
@ConditionalOnProperty(name = "app.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

	private final Reminders reminders;

	@Scheduled(cron = "0 0 * * * *", zone = "Asia/Makassar")
	@SchedulerLock(name = "automatic-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void run() {
		reminders.remindDue();
	}

}
