package id.monevkip.evidence.link;

import java.time.Instant;

import id.monevkip.evidence.LinkStatus;
import org.jspecify.annotations.Nullable;

/**
 * Result of checking one URL.
 *
 * @param httpStatus the last HTTP status received, if any
 * @param finalUrl the address the redirects ended at (the checked URL when there were none)
 * @param messageKey explains the status in the user's language
 */
public record LinkCheck(LinkStatus status, @Nullable Integer httpStatus, String finalUrl, Instant checkedAt,
		String messageKey) {

}
