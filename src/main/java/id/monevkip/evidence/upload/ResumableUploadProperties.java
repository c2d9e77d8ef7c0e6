package id.monevkip.evidence.upload;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of resumable (tus) uploads.
 *
 * @param location where unfinished uploads are kept; unset means {@code <app.data-dir>/uploads-incomplete}
 * @param expiry how long an unfinished upload waits for its next bytes before the cleanup job removes it
 * @param cleanupEnabled run the cleanup job (every 30 minutes, one node at a time)
 */
@Validated
@ConfigurationProperties("app.uploads")
public record ResumableUploadProperties(@Nullable Path location, @NotNull @DefaultValue("24h") Duration expiry,
		@DefaultValue("true") boolean cleanupEnabled) {

	public Path locationOr(Path dataDir) {
		return location != null ? location : dataDir.resolve("uploads-incomplete");
	}

}
