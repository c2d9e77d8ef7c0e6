package id.monevkip.evidence;

import java.time.Instant;
import java.time.LocalDateTime;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/** One check of a link as the assessor's history shows it. */
public record LinkCheckView(long linkId, LinkStatus status, @Nullable Integer httpStatus, Instant checkedAt,
		LinkCheckTrigger trigger) {

	public boolean ok() {
		return status == LinkStatus.OK;
	}

	/** The outcome in plain words (the same words as the link's badge). */
	public String statusKey() {
		if (status == LinkStatus.BROKEN && httpStatus == null) {
			return "links.status.UNREACHABLE";
		}
		return "links.status." + status;
	}

	public LocalDateTime checkedAtWita() {
		return LocalDateTime.ofInstant(checkedAt, Wita.ZONE);
	}

}
