package id.monevkip.guidance;

import java.time.Instant;

import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * An announcement as pages read it. The text is plain; pages keep its line breaks.
 *
 * @param publisherName the coordinator's body, {@code null} for the commission
 * @param scheduled its publish time is still ahead (only its publisher sees it then)
 */
public record AnnouncementView(long id, String title, String text, boolean pinned, Instant publishAt,
		@Nullable String publisherName, boolean scheduled) {

	public String publishAtText() {
		return Wita.text(publishAt);
	}

}
