package id.monevkip.cycle;

import java.time.Clock;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CycleDemoDataTests {

	@Autowired
	CycleManagement cycles;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	Clock clock;

	long organiserId() {
		return directory.bodyByCode("KIP-KALTIM").orElseThrow().id();
	}

	CycleView demoCycle(int year) {
		return cycles.all()
			.stream()
			.filter(c -> c.organiserBodyId() == organiserId() && c.year() == year)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void thisYearsCycleHasTheSaqOpenNow() {
		int year = clock.instant().atZone(Wita.ZONE).getYear();
		var cycle = demoCycle(year);

		assertThat(cycle.title()).isEqualTo("Monev KIP " + year);
		assertThat(cycles.saqHasOpened(cycle.id())).isTrue();
		var saq = cycle.window(Stage.SAQ).orElseThrow();
		assertThat(saq.closesAt()).isAfter(clock.instant());
		assertThat(cycle.window(Stage.AWARD)).isPresent();
		assertThat(cycles.participants(cycle.id())).isNotEmpty();
		assertThat(cycles.currentStage(cycle.id())).contains(Stage.SAQ);
	}

	@Test
	void theCurrentCycleIsOneRunningToday() {
		var current = cycles.current().orElseThrow();

		assertThat(current.windows()).anySatisfy(w -> assertThat(w.opensAt()).isBeforeOrEqualTo(clock.instant()));
		assertThat(current.windows()).anySatisfy(w -> assertThat(w.closesAt()).isAfter(clock.instant()));
	}

	@Test
	void lastYearsCycleIsFinishedWithKiKaltimsPolicy() {
		int year = clock.instant().atZone(Wita.ZONE).getYear() - 1;
		var cycle = demoCycle(year);

		assertThat(cycle.windows()).allSatisfy(w -> assertThat(w.closesAt()).isBefore(clock.instant()));
		assertThat(cycle.window(Stage.AWARD).orElseThrow().opensAt().atZone(Wita.ZONE).getMonthValue()).isEqualTo(12);
		assertThat(cycle.policy().weightOf(ScoreStage.SAQ)).isEqualByComparingTo("80");
		assertThat(cycle.policy().weightOf(ScoreStage.VISITATION)).isEqualByComparingTo("20");
		assertThat(cycle.policy().shortlist().topPerCategory()).isEqualTo(5);
		assertThat(cycle.policy().nonShortlisted()).isEqualTo(NonShortlistedScore.VERIFIED_SAQ);
		var desa = directory.categories().stream().filter(c -> c.code().equals("DESA")).findFirst().orElseThrow();
		assertThat(cycles.participants(cycle.id())).anyMatch(p -> p.categoryId() == desa.id());
	}

}
