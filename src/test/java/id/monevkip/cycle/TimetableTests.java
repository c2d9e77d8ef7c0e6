package id.monevkip.cycle;

import java.time.LocalDateTime;
import java.time.Instant;
import java.util.List;

import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimetableTests {

	static Instant wita(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(Wita.ZONE).toInstant();
	}

	static StageWindow window(Stage stage, String opens, String closes) {
		return new StageWindow(stage, wita(opens), wita(closes));
	}

	@Test
	void acceptsKiBaliStyleOverlapOfSaqAndVerification() {
		var windows = List.of(window(Stage.SAQ, "2025-07-09T08:00", "2025-08-23T23:59"),
				window(Stage.VERIFICATION, "2025-08-11T08:00", "2025-10-08T16:00"),
				window(Stage.PRESENTATION, "2025-10-10T08:00", "2025-10-29T16:00"),
				window(Stage.AWARD, "2025-12-01T19:00", "2025-12-01T23:00"));
		assertThat(Timetable.problems(windows)).isEmpty();
	}

	@Test
	void acceptsVisitsBeforePresentations() {
		var windows = List.of(window(Stage.SAQ, "2024-05-01T08:00", "2024-06-01T08:00"),
				window(Stage.VISITATION, "2024-07-01T08:00", "2024-07-20T08:00"),
				window(Stage.PRESENTATION, "2024-06-20T08:00", "2024-06-30T08:00"));
		assertThat(Timetable.problems(windows)).isEmpty();
	}

	@Test
	void refusesAWindowClosingBeforeItOpens() {
		var problems = Timetable.problems(List.of(window(Stage.SAQ, "2025-07-09T08:00", "2025-07-01T08:00")));
		assertThat(problems).extracting(PolicyProblem::messageKey).containsExactly("timetable.closeBeforeOpen");
	}

	@Test
	void refusesVerificationOpeningBeforeTheSaq() {
		var problems = Timetable.problems(List.of(window(Stage.SAQ, "2025-07-09T08:00", "2025-08-01T08:00"),
				window(Stage.VERIFICATION, "2025-07-01T08:00", "2025-08-10T08:00")));
		assertThat(problems).extracting(PolicyProblem::messageKey).containsExactly("timetable.order");
	}

	@Test
	void refusesObjectionsWhileTheSaqIsStillOpen() {
		var problems = Timetable.problems(List.of(window(Stage.SAQ, "2025-07-09T08:00", "2025-08-01T08:00"),
				window(Stage.OBJECTION, "2025-07-30T08:00", "2025-08-05T08:00")));
		assertThat(problems).extracting(PolicyProblem::messageKey).containsExactly("timetable.overlap");
	}

	@Test
	void needsAnSaqWindow() {
		var problems = Timetable.problems(List.of(window(Stage.AWARD, "2025-12-01T19:00", "2025-12-01T23:00")));
		assertThat(problems).extracting(PolicyProblem::messageKey).containsExactly("timetable.saqRequired");
	}

}
