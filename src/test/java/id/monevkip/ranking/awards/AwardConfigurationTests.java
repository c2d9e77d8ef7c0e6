package id.monevkip.ranking.awards;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Admins configure award categories; rankings and winners follow the mapping, the nomination rule and the decree. */
@IntegrationTest
class AwardConfigurationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures ranking;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	AwardFixtures awards;

	@Autowired
	AwardResults results;

	@Autowired
	CycleManagement cycles;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	CurrentUser admin;

	@BeforeEach
	void admin() {
		admin = assessment.admin();
	}

	@Test
	void invalidInputIsNamedFieldByFieldAndNothingIsSaved() {
		var cycle = ranking.scored(List.of(Entry.of("BUMD", "80")), List.of());

		assertThat(mvc.post().uri("/admin/cycles/{id}/awards", cycle.cycleId()).with(user(admin)).with(csrf())
			.param("name", " ").param("winners", "0").param("topPerRegency", "tiga").param("sortOrder", "x"))
			.hasStatusOk()
			.bodyText()
			.contains("Isi nama kategori penghargaan.", "Jumlah pemenang harus bilangan bulat dari 1 sampai 1000.",
					"Nominasi per kab/kota harus bilangan bulat dari 1 sampai 1000, atau dikosongkan.",
					"Urutan harus bilangan bulat.", "Pilih paling sedikit satu kategori badan publik.");
		assertThat(count("award_category", cycle.cycleId())).isZero();
	}

	@Test
	void aBodyCategoryBelongsToOneAwardCategoryPerCycleAndNothingIsSavedWhenMappedTwice() {
		var cycle = ranking.scored(List.of(Entry.of("BUMD", "80")), List.of());
		var other = ranking.scored(List.of(Entry.of("BUMD", "80")), List.of());
		assertThat(mvc.post().uri("/admin/cycles/{id}/awards", cycle.cycleId()).with(user(admin)).with(csrf())
			.param("name", "BUMD dan BLUD").param("winners", "3").param("sortOrder", "10")
			.param("bodyCategoryIds", ids("BUMD", "BLUD")))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "awards.config.saved");

		assertThat(mvc.post().uri("/admin/cycles/{id}/awards", cycle.cycleId()).with(user(admin)).with(csrf())
			.param("name", "Badan usaha").param("winners", "3").param("bodyCategoryIds", ids("PD_PROVINSI", "BUMD")))
			.hasStatusOk()
			.bodyText()
			.contains("Kategori badan publik &quot;Badan Usaha Milik Daerah (BUMD)&quot; sudah masuk kategori penghargaan "
					+ "&quot;BUMD dan BLUD&quot;");
		assertThat(count("award_category", cycle.cycleId())).isEqualTo(1);
		assertThat(count("award_category_member", cycle.cycleId())).isEqualTo(2);

		awards.award(other.cycleId(), "BUMD", 3, null, "BUMD");
		assertThat(count("award_category_member", other.cycleId())).isEqualTo(1);
		assertThat(mvc.get().uri("/admin/cycles/{id}/awards", cycle.cycleId()).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("BUMD dan BLUD", "Badan Usaha Milik Daerah (BUMD), Badan Layanan Umum Daerah (BLUD)");
	}

	@Test
	void anAwardCategoryIsChangedThroughItsFormAndDeleted() {
		var cycle = ranking.scored(List.of(Entry.of("BUMD", "80")), List.of());
		long award = awards.award(cycle.cycleId(), "BUMD", 3, null, "BUMD");
		assertThat(mvc.get().uri("/admin/cycles/{id}/awards?edit={a}", cycle.cycleId(), award).with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("Ubah kategori penghargaan", "action=\"/admin/cycles/" + cycle.cycleId() + "/awards/" + award + "\"");

		assertThat(mvc.post().uri("/admin/cycles/{id}/awards/{a}", cycle.cycleId(), award).with(user(admin)).with(csrf())
			.param("name", "BUMD dan BLUD").param("winners", "2").param("topPerRegency", "1").param("sortOrder", "5")
			.param("bodyCategoryIds", ids("BUMD", "BLUD"))).hasStatus3xxRedirection();
		var changed = results.table(cycle.cycleId(), award).award();
		assertThat(changed).extracting(AwardCategoryView::name, AwardCategoryView::winners, AwardCategoryView::topPerRegency,
				AwardCategoryView::sortOrder).containsExactly("BUMD dan BLUD", 2, 1, 5);
		assertThat(changed.bodyCategoryIds()).containsExactlyInAnyOrderElementsOf(awards.ids("BUMD", "BLUD"));

		assertThat(mvc.post().uri("/admin/cycles/{id}/awards/{a}/delete", cycle.cycleId(), award).with(user(admin))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(count("award_category", cycle.cycleId())).isZero();
		assertThat(count("award_category_member", cycle.cycleId())).isZero();
	}

	@Test
	void theRankingTakesTheMappedCategoriesAndOnlyTheBestKOfEachRegency() {
		var cycle = ranking.scored(List.of(new Entry("PD_KABKOTA", "64.02.06", "95"), new Entry("PD_KABKOTA", "64.02.01", "94"),
				new Entry("PD_KABKOTA", "64.02.06", "93"), new Entry("PD_KABKOTA", "64.02.02", "92"),
				new Entry("PD_KABKOTA", "64.08", "60"), new Entry("BUMD", null, "99")), List.of());
		long award = awards.award(cycle.cycleId(), "PD Kab/Kota", 2, 3, "PD_KABKOTA");
		ranking.issue(cycle.cycleId());
		var bodies = cycle.bodies();

		var table = results.table(cycle.cycleId(), award);

		assertThat(table.lines()).extracting(AwardLine::bodyId, AwardLine::rank, AwardLine::regencyName, AwardLine::winner)
			.containsExactly(tuple(bodies.get(0).getId(), 1, "Kabupaten Kutai Kartanegara", true),
					tuple(bodies.get(1).getId(), 2, "Kabupaten Kutai Kartanegara", true),
					tuple(bodies.get(2).getId(), 3, "Kabupaten Kutai Kartanegara", false),
					tuple(bodies.get(4).getId(), 4, "Kabupaten Kutai Timur", false));
		// the admin's view: the commissioner's page also lists every participant in the special award form
		assertThat(mvc.get().uri("/admin/cycles/{id}/awards/results?award={a}&regency=64.08", cycle.cycleId(), award)
			.with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains(bodies.get(4).getName(), "<td data-label=\"Kualifikasi\">Cukup Informatif</td>",
					"3 terbaik per kabupaten/kota")
			.doesNotContain(bodies.get(3).getName(), bodies.get(5).getName());
	}

	@Test
	void winnersAreTheTopNAndATieAtTheLastWinningRankMakesEveryBodyOfItAWinner() {
		var cycle = ranking.scored(List.of(Entry.of("BUMD", "90"), Entry.of("BUMD", "80"), Entry.of("BLUD", "80"),
				Entry.of("BLUD", "70")), List.of());
		long award = awards.award(cycle.cycleId(), "BUMD dan BLUD", 2, null, "BUMD", "BLUD");
		ranking.issue(cycle.cycleId());
		var bodies = cycle.bodies();

		var table = results.table(cycle.cycleId(), award);

		assertThat(table.lines()).extracting(AwardLine::rank).containsExactly(1, 2, 2, 4);
		assertThat(table.winners()).extracting(AwardLine::bodyId)
			.containsExactlyInAnyOrder(bodies.get(0).getId(), bodies.get(1).getId(), bodies.get(2).getId());
		assertThat(mvc.get().uri("/admin/cycles/{id}/awards/results", cycle.cycleId()).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Pemenang", bodies.get(2).getName(), "Hanya komisioner yang dapat memilih penghargaan khusus.")
			.doesNotContain("id=\"special-form\"");
	}

	@Test
	void beforeTheDecreeThereIsNoRankingYet() {
		var cycle = ranking.scored(List.of(Entry.of("BUMD", "90")), List.of());
		awards.award(cycle.cycleId(), "BUMD", 3, null, "BUMD");

		assertThat(mvc.get().uri("/admin/cycles/{id}/awards/results", cycle.cycleId()).with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("belum ditetapkan dengan SK", "Belum ada pemenang.")
			.doesNotContain(cycle.bodies().get(0).getName());
	}

	@Test
	void theDemoDefinesAwardCategoriesOnLastYearsAndTheRunningCycleWithASpecialAwardLastYear() {
		long organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow().id();
		int year = clock.instant().atZone(Wita.ZONE).getYear();
		var lastYear = cycles.cycleOf(organiser, year - 1).orElseThrow();
		var running = cycles.cycleOf(organiser, year).orElseThrow();

		var tables = results.tables(lastYear.id());

		var pdKabKota = tables.stream().filter(t -> t.award().name().equals("PD Kab/Kota")).findFirst().orElseThrow();
		assertThat(pdKabKota.award().topPerRegency()).isEqualTo(3);
		assertThat(pdKabKota.lines()).isNotEmpty();
		assertThat(pdKabKota.lines().stream().collect(java.util.stream.Collectors.groupingBy(AwardLine::regencyCode,
				java.util.stream.Collectors.counting()))).containsOnlyKeys("64.02", "64.08").allSatisfy((k, n) -> assertThat(n).isLessThanOrEqualTo(3));
		assertThat(pdKabKota.winners()).isNotEmpty();
		assertThat(count("special_award", lastYear.id())).isEqualTo(1);
		assertThat(results.tables(running.id())).extracting(t -> t.award().name()).contains("PD Kab/Kota",
				"Badan Publik OPD Provinsi");
		assertThat(results.tables(running.id())).allSatisfy(t -> assertThat(t.winners()).isEmpty());
	}

	private String[] ids(String... codes) {
		return awards.ids(codes).stream().map(String::valueOf).toArray(String[]::new);
	}

	private long count(String table, long cycleId) {
		Long count = jdbc.queryForObject("select count(*) from " + table + " where cycle_id = ?", Long.class, cycleId);
		return count == null ? 0 : count;
	}

}
