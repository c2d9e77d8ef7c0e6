package id.monevkip.assessment.session;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import id.monevkip.shared.BusinessException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A session as the admin types it; the time (WITA) comes from a datetime-local field as text. */
record ScheduleForm(@NotNull(message = "{sessions.validation.body}") @Nullable Long bodyId,
		@NotNull(message = "{sessions.validation.kind}") @Nullable SessionKind kind,
		@NotBlank(message = "{sessions.validation.startsAt}") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", message = "{sessions.validation.startsAt}") @Nullable String startsAt,
		@NotBlank(message = "{sessions.validation.place}") @Size(max = 300, message = "{sessions.validation.place}") @Nullable String place,
		@Size(max = 4000, message = "{sessions.validation.attendees}") @Nullable String attendees) {

	static ScheduleForm empty() {
		return new ScheduleForm(null, SessionKind.PRESENTATION, null, null, null);
	}

	static ScheduleForm from(SessionView session) {
		return new ScheduleForm(session.body().id(), session.kind(),
				session.startsAt().toLocalDateTime().toString().substring(0, 16), session.place(), session.attendees());
	}

	ScheduleCommand toCommand() {
		try {
			return new ScheduleCommand(bodyId, kind, LocalDateTime.parse(startsAt), place, attendees);
		}
		catch (DateTimeParseException ex) {
			throw new BusinessException("startsAt", "sessions.validation.startsAt");
		}
	}

}
