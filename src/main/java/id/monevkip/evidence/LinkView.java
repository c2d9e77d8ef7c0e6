package id.monevkip.evidence;

import java.time.Instant;
import java.time.LocalDateTime;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/** A link as pages show it; {@code lastStatus} is {@code null} until the first check. */
public record LinkView(long id, long bodyId, String url, String title, @Nullable LinkStatus lastStatus,
		@Nullable Integer lastHttpStatus, @Nullable String lastFinalUrl, @Nullable Instant lastCheckedAt) {

	/** Whether the respondent should fix it before submitting. */
	public boolean broken() {
		return lastStatus != null && lastStatus != LinkStatus.OK;
	}

	/** The message key of the status badge, in plain words. */
	public String statusKey() {
		if (lastStatus == null) {
			return "links.status.UNCHECKED";
		}
		if (lastStatus == LinkStatus.BROKEN && lastHttpStatus == null) {
			return "links.status.UNREACHABLE";
		}
		return "links.status." + lastStatus;
	}

	public String badgeClass() {
		if (lastStatus == null) {
			return "text-bg-secondary";
		}
		return lastStatus == LinkStatus.OK ? "text-bg-success" : "text-bg-danger";
	}

	public @Nullable LocalDateTime checkedAtWita() {
		return lastCheckedAt == null ? null : LocalDateTime.ofInstant(lastCheckedAt, Wita.ZONE);
	}

}
