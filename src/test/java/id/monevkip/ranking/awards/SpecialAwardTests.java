package id.monevkip.ranking.awards;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Special awards: commissioners only, participants only, a citation required, locked once the results decree is issued. */
@IntegrationTest
class SpecialAwardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures ranking;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	AwardFixtures awards;

	@Autowired
	SpecialAwards specials;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser commissioner;

	RankingFixtures.FixedCycle cycle;

	@BeforeEach
	void cycleBeforeItsDecree() {
		commissioner = awards.commissioner();
		cycle = ranking.scored(List.of(Entry.of("BUMD", "91"), Entry.of("BLUD", "70")), List.of());
	}

	@Test
	void aCommissionerAddsASpecialAwardWithItsCitationAndRemovesIt() {
		var body = cycle.bodies().get(1);

		assertThat(add(body.getId(), "Penghargaan Inovasi", "Atas layanan informasi keliling."))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "awards.special.added");
		assertThat(mvc.get().uri("/commissioner/cycles/{id}/awards", cycle.cycleId()).with(user(commissioner)))
			.hasStatusOk()
			.bodyText()
			.contains("Penghargaan Inovasi", body.getName(), "Atas layanan informasi keliling.",
					"Dipilih oleh " + commissioner.displayName());

		long id = specials.of(cycle.cycleId()).get(0).id();
		assertThat(mvc.post().uri("/commissioner/cycles/{id}/awards/special/{s}/delete", cycle.cycleId(), id)
			.with(user(commissioner)).with(csrf())).hasStatus3xxRedirection();
		assertThat(count()).isZero();
	}

	@Test
	void aBodyOutsideTheCycleAndAMissingCitationAreRefusedWithMessagesAndNothingSaved() {
		var outsider = assessment.body("BUMD", null, null);

		assertThat(add(outsider.getId(), "Penghargaan Inovasi", "Alasan.")).hasStatusOk()
			.bodyText()
			.contains("Badan publik ini bukan peserta siklus; penghargaan khusus hanya untuk peserta.");
		assertThat(add(cycle.bodies().get(0).getId(), " ", " ")).hasStatusOk()
			.bodyText()
			.contains("Isi nama penghargaan.", "Isi kutipan penghargaan.");
		assertThat(add(cycle.bodies().get(0).getId(), "Terlalu panjang", "x".repeat(1001))).hasStatusOk()
			.bodyText()
			.contains("Kutipan paling banyak 1000 karakter.");
		assertThat(count()).isZero();
	}

	@Test
	void onlyCommissionersChooseSpecialAwards() {
		var admin = assessment.admin();

		assertThat(mvc.post().uri("/commissioner/cycles/{id}/awards/special", cycle.cycleId()).with(user(admin)).with(csrf())
			.param("title", "X").param("bodyId", String.valueOf(cycle.bodies().get(0).getId())).param("citation", "Y"))
			.hasStatus(403);
		var form = new SpecialAwardForm("X", cycle.bodies().get(0).getId(), "Y");
		assertThatThrownBy(() -> specials.add(cycle.cycleId(), form, admin)).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("awards.special.commissionersOnly"));
		assertThat(count()).isZero();
	}

	@Test
	void onceTheDecreeIsIssuedSpecialAwardsAndAwardCategoriesAreLockedWithAClearMessage() {
		add(cycle.bodies().get(0).getId(), "Penghargaan Inovasi", "Atas inovasi.");
		long awardId = awards.award(cycle.cycleId(), "BUMD", 3, null, "BUMD");
		long specialId = specials.of(cycle.cycleId()).get(0).id();
		ranking.issue(cycle.cycleId());

		assertThat(add(cycle.bodies().get(1).getId(), "Penghargaan Kedua", "Atas hal lain.")).hasStatusOk()
			.bodyText()
			.contains("SK penetapan hasil siklus ini sudah terbit");
		assertThat(mvc.post().uri("/commissioner/cycles/{id}/awards/special/{s}/delete", cycle.cycleId(), specialId)
			.with(user(commissioner)).with(csrf())).flash().containsEntry("error", "awards.locked");
		assertThat(count()).isEqualTo(1);
		assertThat(mvc.post().uri("/admin/cycles/{id}/awards/{a}", cycle.cycleId(), awardId).with(user(assessment.admin()))
			.with(csrf()).param("name", "Ganti").param("winners", "1").param("bodyCategoryIds",
					String.valueOf(awards.ids("BUMD").get(0))))
			.hasStatusOk()
			.bodyText()
			.contains("SK penetapan hasil siklus ini sudah terbit");
		assertThat(jdbc.queryForObject("select name from award_category where id = ?", String.class, awardId)).isEqualTo("BUMD");
		assertThat(mvc.get().uri("/commissioner/cycles/{id}/awards", cycle.cycleId()).with(user(commissioner)))
			.bodyText()
			.doesNotContain("id=\"special-form\"");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult add(long bodyId, String title, String citation) {
		return mvc.post().uri("/commissioner/cycles/{id}/awards/special", cycle.cycleId()).with(user(commissioner))
			.with(csrf()).param("title", title).param("bodyId", String.valueOf(bodyId)).param("citation", citation)
			.exchange();
	}

	private long count() {
		Long count = jdbc.queryForObject("select count(*) from special_award where cycle_id = ?", Long.class, cycle.cycleId());
		return count == null ? 0 : count;
	}

}
