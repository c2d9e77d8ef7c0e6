package id.monevkip.assessment.session;

import java.time.ZonedDateTime;
import java.util.List;

import id.monevkip.directory.BodyView;
import org.jspecify.annotations.Nullable;

/**
 * One session as its page shows it (times in WITA).
 * @param canSchedule the viewer may change date, place and kind (admins)
 * @param canRecord the viewer may write the minutes and add photos (admins; the body's assigned people once held)
 */
public record SessionView(long id, long cycleId, String cycleTitle, BodyView body, SessionKind kind,
		ZonedDateTime startsAt, String place, @Nullable String attendees, @Nullable String minutes, boolean held,
		ZonedDateTime updatedAt, String updatedByName, List<Photo> photos, boolean canSchedule, boolean canRecord) {

	/** A stored photo. */
	public record Photo(long id, String originalName, long sizeBytes, ZonedDateTime uploadedAt,
			String uploadedByName) {
	}

}
