package id.monevkip.assessment.session;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** A session to schedule or reschedule; {@code startsAt} is WITA wall-clock time. */
public record ScheduleCommand(long bodyId, SessionKind kind, LocalDateTime startsAt, String place,
		@Nullable String attendees) {
}
