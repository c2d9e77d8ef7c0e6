package id.monevkip.submission;

import org.springframework.core.io.Resource;

/** A file sent with a submission, with its bytes opened only when the response is written. */
public record SnapshotFile(long fileId, String name, String contentType, long sizeBytes, Resource content) {

	/** PDFs and images open in the browser; everything else is downloaded. */
	public boolean previewable() {
		return contentType.equals("application/pdf") || contentType.startsWith("image/");
	}

}
