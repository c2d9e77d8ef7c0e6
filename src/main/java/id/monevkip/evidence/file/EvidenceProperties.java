package id.monevkip.evidence.file;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the evidence library.
 *
 * @param location where the files are kept; unset means {@code <app.data-dir>/evidence}
 * @param maxFileSize the largest file accepted
 * @param allowedTypes media types (without parameters) accepted after sniffing the content
 */
@Validated
@ConfigurationProperties("app.evidence")
public record EvidenceProperties(@Nullable Path location, @NotNull @DefaultValue("20MB") DataSize maxFileSize,
		@NotEmpty @DefaultValue({ "application/pdf", "image/jpeg", "image/png", "image/webp", "application/msword",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation",
				"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
				"application/vnd.oasis.opendocument.presentation" }) List<String> allowedTypes) {

	public Path locationOr(Path dataDir) {
		return location != null ? location : dataDir.resolve("evidence");
	}

}
