package id.monevkip.submission;

import java.time.Instant;
import java.time.LocalDateTime;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * One check of a sent link, as the assessor's history shows it.
 *
 * @param status a {@code LinkStatus} name
 * @param reason why it was checked: {@code ADDED}, {@code REQUESTED} or {@code SENDING}
 */
public record ReviewLinkCheck(Instant checkedAt, String status, @Nullable Integer httpStatus, String reason) {

	public boolean ok() {
		return "OK".equals(status);
	}

	/** The outcome in plain words, the same words as the respondent's badge. */
	public String statusKey() {
		if ("BROKEN".equals(status) && httpStatus == null) {
			return "links.status.UNREACHABLE";
		}
		return "links.status." + status;
	}

	public String reasonKey() {
		return "verification.link.reason." + reason;
	}

	public LocalDateTime checkedAtWita() {
		return LocalDateTime.ofInstant(checkedAt, Wita.ZONE);
	}

}
