package id.monevkip.submission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * Evidence of a sealed answer as an assessor reviews it: a file by its SHA-256 (the bytes that were sent) or a link
 * with the outcome of its last check before sending.
 *
 * @param kind {@code FILE} or {@code LINK}
 * @param linkStatus the outcome of the link's last check before sending (a {@code LinkStatus} name), {@code null}
 * when never checked
 * @param checks every check of the link, newest first, also those after sending (empty for files)
 */
public record ReviewEvidence(String kind, long id, String name, @Nullable String sha256, @Nullable String contentType,
		@Nullable Long sizeBytes, @Nullable String url, @Nullable String linkStatus, @Nullable Instant checkedAt,
		List<ReviewLinkCheck> checks) {

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

	/** A link whose last check before sending did not open it (never checked counts as not known, not broken). */
	public boolean linkUnreachable() {
		return linkItem() && linkStatus != null && !linkOk();
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
