package id.monevkip.ranking.tokoh;

import java.time.Clock;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo's tokoh award: last year's complete (five nominations, both jurors submitted everything but one declared
 * conflict, two selected with reasons), this year's with two nominations by the Kukar coordinator and nothing scored.
 */
@IntegrationTest
class TokohDemoTests {

	@Autowired
	CycleManagement cycles;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	TokohRanking ranking;

	@Autowired
	TokohAwards awards;

	@Autowired
	TokohFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Clock clock;

	@Test
	void lastYearsAwardIsCompleteWithAConflictAndASelection() {
		long cycleId = demoCycle(-1);
		var rows = ranking.ranking(cycleId);

		assertThat(rows).hasSize(5);
		assertThat(rows.get(0).name()).isEqualTo("H. Andi Saputra Rahman, S.E., M.M.");
		assertThat(rows).allSatisfy(r -> assertThat(r.rank()).isNotNull());
		assertThat(rows.stream().mapToInt(RankRow::sheets).sum()).isEqualTo(9);
		assertThat(rows.stream().mapToInt(RankRow::drafts).sum()).isZero();
		assertThat(rows.stream().mapToInt(RankRow::conflicts).sum()).isEqualTo(1);
		assertThat(awards.selected(cycleId)).hasSize(2)
			.extracting(TokohAwards.SelectedTokoh::name)
			.contains(rows.get(0).name(), "Siti Nurhaliza Putri, S.Sos.");
		assertThat(mvc.get().uri("/commissioner/cycles/" + cycleId + "/tokoh").with(user(fixtures.commissioner())))
			.hasStatusOk()
			.bodyText()
			.contains("H. Andi Saputra Rahman", "Teladan keterbukaan di tingkat desa");
	}

	@Test
	void theRunningCycleHasTwoNominationsByTheKukarCoordinatorAndNoScores() {
		long cycleId = demoCycle(0);

		assertThat(jdbc.queryForList("select n.nominated_by_name from tokoh_nomination n join account a"
				+ " on a.id = n.nominated_by_id where n.cycle_id = ? and a.email = 'diskominfo@kukar.test'", String.class,
				cycleId)).hasSize(2);
		assertThat(jdbc.queryForObject("select count(*) from tokoh_juror where cycle_id = ?", Long.class, cycleId))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from tokoh_sheet where cycle_id = ?", Long.class, cycleId)).isZero();
	}

	private long demoCycle(int offset) {
		int year = clock.instant().atZone(Wita.ZONE).getYear() + offset;
		long organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow().id();
		return cycles.cycleOf(organiser, year).orElseThrow().id();
	}

}
