package id.monevkip.assessment.session;

import java.time.ZonedDateTime;

/** A line of a session list (WITA). */
public record SessionRow(long id, long cycleId, long bodyId, String bodyCode, String bodyName, SessionKind kind,
		ZonedDateTime startsAt, String place, boolean held, boolean hasMinutes) {
}
