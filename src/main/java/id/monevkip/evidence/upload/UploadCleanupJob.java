package id.monevkip.evidence.upload;

import id.monevkip.evidence.ResumableUploads;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes unfinished resumable uploads whose expiry has passed, every 30 minutes, on one node at a time (ShedLock,
 * like the automatic reminders). Unfinished uploads have no database rows, so removing their parts is all there is.
 * Switched off with {@code app.uploads.cleanup-enabled=false}.
 */
@Component
@RequiredArgsConstructor
@ConditionalOnProperty(name = "app.uploads.cleanup-enabled", havingValue = "true", matchIfMissing = true)
class UploadCleanupJob {

	private final ResumableUploads uploads;

	@Scheduled(cron = "0 15/30 * * * *", zone = "Asia/Makassar")
	@SchedulerLock(name = "expired-upload-parts", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
	void run() {
		uploads.cleanup();
	}

}
