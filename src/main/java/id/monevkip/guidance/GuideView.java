package id.monevkip.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * A guide document as pages read it; the bytes are downloaded at {@code /guidance/files/{id}}.
 *
 * @param publisherName the coordinator's body, {@code null} for the commission
 */
public record GuideView(long id, String title, String fileName, String contentType, long sizeBytes,
		@Nullable String publisherName) {

	private static final long MEGABYTE = 1024 * 1024;

	/** Shown in megabytes from 1 MB, else in kilobytes. */
	public boolean large() {
		return sizeBytes >= MEGABYTE;
	}

	public BigDecimal megabytes() {
		return BigDecimal.valueOf(sizeBytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP);
	}

	/** Whole kilobytes, at least 1 so that a tiny file never reads "0 KB". */
	public long kilobytes() {
		return Math.max(1, (sizeBytes + 1023) / 1024);
	}

}
