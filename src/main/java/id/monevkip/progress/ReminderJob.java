package id.monevkip.progress;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the automatic reminders every hour, on one node at a time (ShedLock on the {@code shedlock} table). The
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

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "app.reminders.enabled", havingValue = "true", matchIfMissing = true)
	@EnableScheduling
	@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
	static class Scheduling {

		/** The database's clock decides, so nodes whose clocks drift apart still agree on the lock. */
		@Bean
		LockProvider lockProvider(DataSource dataSource) {
			return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.usingDbTime()
				.build());
		}

	}

}
