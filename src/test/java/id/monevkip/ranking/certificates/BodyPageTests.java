package id.monevkip.ranking.certificates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A body's public page exists once its year is published and shows its figures and trend with imported years
 * marked; its own certificate and report card are for the body's people only after publication.
 */
@IntegrationTest
class BodyPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	Publications publications;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void thePageIsNotFoundBeforePublicationAndShowsFiguresAndTheTrendWithImportedYearsAfter() {
		var fixed = fixtures.decreed(List.of(Entry.of("BUMD", "88.40"), Entry.of("BUMD", "91.05")));
		var body = fixed.bodies().get(0);
		String page = "/hasil/" + fixed.year() + "/badan/" + body.getCode();
		assertThat(mvc.get().uri(page)).hasStatus(404);

		jdbc.update("""
				insert into historical_result (year, body_id, category_id, final_score, band, band_derived, source_name,
				imported_by_name, imported_at) values (?, ?, ?, 77.25, 'CUKUP_INFORMATIF', true, 'uji.csv', 'Admin', ?)""",
				fixed.year() - 1, body.getId(), body.getCategory().getId(), java.sql.Timestamp.from(Instant.now(clock)));
		publications.publish(fixed.cycleId(), commissioner());

		assertThat(mvc.get().uri(page)).hasStatusOk()
			.bodyText()
			.contains(body.getName(), "88,4", "Menuju Informatif", fixed.decree().number(), "id=\"body-trend\"",
					"77,25", "Cukup Informatif", ">impor<", String.valueOf(fixed.year() - 1), "chart.umd.min.js");
		assertThat(mvc.get().uri("/hasil/" + fixed.year() + "/badan/TIDAK-ADA-" + body.getCode())).hasStatus(404);
		var outsider = assessment.body("BUMD", null, null);
		assertThat(mvc.get().uri("/hasil/" + fixed.year() + "/badan/" + outsider.getCode())).hasStatus(404);
	}

	@Test
	void aRespondentGetsItsOwnCertificateAndReportCardOnlyAfterPublication() {
		var fixed = fixtures.decreed(List.of(Entry.of("BLUD", "64.10")));
		var respondent = assessment.person(Role.RESPONDENT, "Responden Piagam", fixed.bodies().get(0));
		var stranger = assessment.person(Role.RESPONDENT, "Responden Lain", assessment.body("BLUD", null, null));
		String certificate = "/respondent/results/" + fixed.cycleId() + "/certificate.pdf";
		String reportCard = "/respondent/results/" + fixed.cycleId() + "/report-card.pdf";
		assertThat(mvc.get().uri(certificate).with(user(respondent))).hasStatus(404);
		assertThat(mvc.get().uri(reportCard).with(user(respondent))).hasStatus(404);

		publications.publish(fixed.cycleId(), commissioner());

		var result = mvc.get().uri(certificate).with(user(respondent)).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(CertificateTests.text(result.getResponse().getContentAsByteArray()))
			.contains(fixed.bodies().get(0).getName(), "64,10");
		var card = mvc.get().uri(reportCard).with(user(respondent)).exchange();
		assertThat(card).hasStatusOk();
		assertThat(CertificateTests.text(card.getResponse().getContentAsByteArray()))
			.contains("Rapor", fixed.bodies().get(0).getName(), "Tidak ada.");
		assertThat(mvc.get().uri(certificate).with(user(stranger))).hasStatus(404);
		assertThat(mvc.get().uri(reportCard).with(user(stranger))).hasStatus(404);
	}

	private CurrentUser commissioner() {
		return (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
	}

}
