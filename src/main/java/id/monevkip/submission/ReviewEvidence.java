package id.monevkip.submission;

import java.time.Instant;
import java.time.LocalDateTime;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * Evidence of a sealed answer as an assessor reviews it: a file by its SHA-256 (the bytes that were sent) or a link
 * with the outcome of its last check before sending.
 *
 * @param kind {@code FILE} or {@code LINK}
 * @param linkStatus the last check's outcome (a {@code LinkStatus} name), {@code null} when never checked
 */
public record ReviewEvidence(String kind, long id, String name, @Nullable String sha256, @Nullable String contentType,
		@Nullable Long sizeBytes, @Nullable String url, @Nullable String linkStatus, @Nullable Instant checkedAt) {

	public boolean linkItem() {
		return "LINK".equals(kind);
	}

	/** A PDF, shown inline in a frame. */
	public boolean pdf() {
		return "application/pdf".equals(contentType);
	}

	/** An image, shown inline. */
	public boolean image() {
		return contentType != null && contentType.startsWith("image/");
	}

	public boolean linkOk() {
		return "OK".equals(linkStatus);
	}

	/** Message key of the link check's outcome, in plain words. */
	public String linkStatusKey() {
		return "verification.link." + (linkStatus == null ? "UNCHECKED" : linkStatus);
	}

	public String linkBadgeClass() {
		if (linkStatus == null) {
			return "text-bg-secondary";
		}
		return linkOk() ? "text-bg-success" : "text-bg-danger";
	}

	public @Nullable LocalDateTime checkedAtWita() {
		return checkedAt == null ? null : LocalDateTime.ofInstant(checkedAt, Wita.ZONE);
	}

	/** Size in kilobytes, rounded up, for people. */
	public long kilobytes() {
		return sizeBytes == null ? 0 : (sizeBytes + 1023) / 1024;
	}

}
