package id.monevkip.assessment.session;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What happened at a session: the people present (one a line) and the minutes. */
record RecordForm(@Size(max = 4000, message = "{sessions.validation.attendees}") @Nullable String attendees,
		@Size(max = 100000, message = "{sessions.validation.minutes}") @Nullable String minutes) {

	static RecordForm from(SessionView session) {
		return new RecordForm(session.attendees(), session.minutes());
	}

}
