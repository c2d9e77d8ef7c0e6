package id.monevkip.cycle;

import java.time.Instant;

import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;

import static id.monevkip.cycle.CycleFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleTests {

	final Instant created = wita("2030-01-01T00:00");

	final Cycle cycle = new Cycle(2030, "Monev 2030", 1L, CycleFixtures.timetable(2030), CycleFixtures.policy(), created);

	@Test
	void currentStageFollowsTheClock() {
		assertThat(cycle.currentStage(wita("2030-02-28T23:59"))).isEmpty();
		assertThat(cycle.currentStage(wita("2030-03-01T08:00"))).contains(Stage.REGISTRATION);
		assertThat(cycle.currentStage(wita("2030-03-31T16:00"))).isEmpty();
		assertThat(cycle.currentStage(wita("2030-04-01T08:00"))).contains(Stage.SAQ);
		assertThat(cycle.currentStage(wita("2030-08-15T10:00"))).contains(Stage.VISITATION);
		assertThat(cycle.currentStage(wita("2031-01-01T00:00"))).isEmpty();
	}

	@Test
	void aWindowIsOpenFromItsOpeningUntilJustBeforeItsClosing() {
		assertThat(cycle.currentStage(wita("2030-05-15T23:58"))).contains(Stage.SAQ);
		assertThat(cycle.currentStage(wita("2030-05-16T08:00"))).contains(Stage.VERIFICATION);
		assertThat(cycle.currentStage(wita("2030-12-01T20:00"))).contains(Stage.AWARD);
		assertThat(cycle.currentStage(wita("2030-12-01T23:00"))).isEmpty();
	}

	@Test
	void revisingIsRefusedOnceTheSaqOpened() {
		assertThatThrownBy(() -> cycle.revise("Baru", CycleFixtures.timetable(2030), CycleFixtures.policy(),
				wita("2030-04-01T08:00")))
			.isInstanceOfSatisfying(CycleRuleException.class, refused -> assertThat(refused.problems())
				.extracting(PolicyProblem::messageKey)
				.containsExactly("cycle.locked"));
		assertThat(cycle.getTitle()).isEqualTo("Monev 2030");
	}

	@Test
	void copyingShiftsEveryWindowByOneYearInWita() {
		var next = cycle.copyForNextYear("Monev 2031", created);

		assertThat(next.getYear()).isEqualTo(2031);
		assertThat(next.getWindows()).hasSameSizeAs(cycle.getWindows());
		for (var window : cycle.getWindows()) {
			var copy = next.window(window.getStage()).orElseThrow();
			assertThat(copy.getOpensAt().atZone(Wita.ZONE))
				.isEqualTo(window.getOpensAt().atZone(Wita.ZONE).plusYears(1));
		}
		assertThat(next.policy()).isEqualTo(cycle.policy());
		assertThat(next.getTitle()).isEqualTo("Monev 2031");
	}

}
