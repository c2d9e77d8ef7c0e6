package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The aggregated ranking (mean of submitted totals, equal scores share a rank, counts of sheets and conflicts,
 * divergence) and the commissioners' selection: a reason is required, only commissioners select, and it locks
 * once the cycle's results are published.
 */
@IntegrationTest
class RankingAndSelectionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TokohFixtures fixtures;

	@Autowired
	TokohRanking ranking;

	@Autowired
	Selections selections;

	@Autowired
	TokohAwards awards;

	@Autowired
	Jury jury;

	@Autowired
	RankingFixtures rankingFixtures;

	@Autowired
	Publications publications;

	@Test
	void theRankingAveragesSubmittedSheetsEqualScoresShareARankAndDraftsAndConflictsAreCounted() {
		long cycleId = fixtures.cycle();
		var admin = fixtures.admin();
		long a = fixtures.nominate(cycleId, "Ahmad Peringkat", admin);
		long b = fixtures.nominate(cycleId, "Budi Peringkat", admin);
		long c = fixtures.nominate(cycleId, "Citra Peringkat", admin);
		long d = fixtures.nominate(cycleId, "Dewi Peringkat", admin);
		var one = fixtures.juror(cycleId, "Juri Satu");
		var two = fixtures.juror(cycleId, "Juri Dua");
		fixtures.close(cycleId);
		fixtures.submit(one, a, 80, 80, 80, 80); // 80
		fixtures.submit(two, a, 90, 90, 90, 90); // 90 → 85
		fixtures.submit(one, b, 85, 85, 85, 85); // 85 (two: conflict) → 85, shares rank 1 with a
		jury.declareConflict(two, b, "Kerabat nomine");
		fixtures.submit(one, c, 100, 100, 100, 100); // 100
		fixtures.submit(two, c, 40, 40, 40, 40); // 40 → 70, spread 60: divergent
		jury.score(one, d, TokohFixtures.scores(99, 99, 99, 99), false); // a draft only: unranked

		var rows = ranking.ranking(cycleId);

		assertThat(rows).extracting(RankRow::name)
			.containsExactly("Ahmad Peringkat", "Budi Peringkat", "Citra Peringkat", "Dewi Peringkat");
		assertThat(rows).extracting(RankRow::rank).containsExactly(1, 1, 3, null);
		assertThat(rows).extracting(RankRow::score)
			.containsExactly(new BigDecimal("85.00"), new BigDecimal("85.00"), new BigDecimal("70.00"), null);
		assertThat(rows).extracting(RankRow::sheets).containsExactly(2, 1, 2, 0);
		assertThat(rows).extracting(RankRow::drafts).containsExactly(0, 0, 0, 1);
		assertThat(rows).extracting(RankRow::conflicts).containsExactly(0, 1, 0, 0);
		assertThat(rows).extracting(RankRow::divergent).containsExactly(false, false, true, false);
		assertThat(mvc.get().uri("/commissioner/cycles/" + cycleId + "/tokoh").with(user(fixtures.commissioner())))
			.hasStatusOk()
			.bodyText()
			.contains("Ahmad Peringkat", "85,00", "70,00", "Selisih besar: 60,00");
		assertThat(mvc.get().uri("/admin/cycles/" + cycleId + "/tokoh").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Peringkat gabungan", "Juri Satu", "Dewi Peringkat", "0 (+1 draf)");
	}

	@Test
	void aSelectionNeedsAReasonAndIsRecordedWithWhoAndWhen() {
		long cycleId = fixtures.cycle();
		long id = fixtures.nominate(cycleId, "Tokoh Pilihan", fixtures.admin());
		var commissioner = fixtures.commissioner();

		assertThat(select(cycleId, id, " ")).hasStatusOk().bodyText().contains("Isi alasan penetapan.");
		assertThat(awards.selected(cycleId)).isEmpty();

		assertThat(select(cycleId, id, "Teladan keterbukaan di tingkat desa.")).hasStatus3xxRedirection();
		assertThat(awards.selected(cycleId)).containsExactly(new TokohAwards.SelectedTokoh("Tokoh Pilihan",
				"Kepala Desa", "Pemerintah Desa Uji", "Teladan keterbukaan di tingkat desa."));
		assertThat(mvc.get().uri("/commissioner/cycles/" + cycleId + "/tokoh").with(user(commissioner))).hasStatusOk()
			.bodyText()
			.contains("Ditetapkan oleh " + commissioner.displayName());
	}

	@Test
	void onlyCommissionersSelect() {
		long cycleId = fixtures.cycle();
		long id = fixtures.nominate(cycleId, "Tokoh Bukan Komisioner", fixtures.admin());

		assertThat(mvc.post()
			.uri("/commissioner/cycles/" + cycleId + "/tokoh/nominations/" + id + "/selection")
			.with(user(fixtures.admin()))
			.with(csrf())
			.param("reason", "Admin mencoba memilih.")).hasStatus(HttpStatus.FORBIDDEN);
		assertThatThrownBy(() -> selections.select(cycleId, id, "Admin mencoba memilih.", fixtures.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThat(awards.selected(cycleId)).isEmpty();
	}

	@Test
	void theSelectionLocksOnceTheResultsArePublished() {
		var cycle = rankingFixtures.decreed(List.of(RankingFixtures.Entry.of("PD_KABKOTA", "91")));
		long kept = fixtures.nominate(cycle.cycleId(), "Tokoh Terbit", fixtures.admin());
		long other = fixtures.nominate(cycle.cycleId(), "Tokoh Lain Terbit", fixtures.admin());
		assertThat(select(cycle.cycleId(), kept, "Alasan sebelum publikasi.")).hasStatus3xxRedirection();
		publications.publish(cycle.cycleId(), fixtures.commissioner());

		assertThat(select(cycle.cycleId(), other, "Alasan sesudah publikasi.")).hasStatusOk()
			.bodyText()
			.contains("penetapan tokoh tidak dapat diubah lagi");
		assertThat(mvc.post()
			.uri("/commissioner/cycles/" + cycle.cycleId() + "/tokoh/nominations/" + kept + "/selection")
			.with(user(fixtures.commissioner()))
			.with(csrf())
			.param("action", "unselect")).hasStatusOk().bodyText().contains("tidak dapat diubah lagi");
		assertThat(awards.selected(cycle.cycleId())).extracting(TokohAwards.SelectedTokoh::name)
			.containsExactly("Tokoh Terbit");
		assertThat(mvc.get().uri("/commissioner/cycles/" + cycle.cycleId() + "/tokoh").with(user(fixtures.commissioner())))
			.hasStatusOk()
			.bodyText()
			.contains("data Anugerah Tokoh terkunci")
			.doesNotContain("Tetapkan sebagai tokoh terpilih");
	}

	private MockMvcTester.MockMvcRequestBuilder select(long cycleId, long nominationId, String reason) {
		return mvc.post()
			.uri("/commissioner/cycles/" + cycleId + "/tokoh/nominations/" + nominationId + "/selection")
			.with(user(fixtures.commissioner()))
			.with(csrf())
			.param("reason", reason);
	}

}
