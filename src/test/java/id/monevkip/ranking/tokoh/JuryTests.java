package id.monevkip.ranking.tokoh;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The special team: a declared conflict refuses scoring with a clear message, a juror sees nothing of the others'
 * scores before submitting, a submitted sheet is locked, someone off the team gets 404, scoring waits for the
 * nominations to close.
 */
@IntegrationTest
class JuryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TokohFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	long cycleId;

	long nomination;

	CurrentUser first;

	CurrentUser second;

	@BeforeEach
	void closedRoundWithTwoJurors() {
		cycleId = fixtures.cycle();
		nomination = fixtures.nominate(cycleId, "Tokoh Dinilai", fixtures.admin());
		first = fixtures.juror(cycleId, "Juri Pertama");
		second = fixtures.juror(cycleId, "Juri Kedua");
	}

	@Test
	void scoringWaitsUntilTheNominationsAreClosed() {
		assertThat(score(first, "draft", "80", "80", "80", "80")).hasStatusOk()
			.bodyText()
			.contains("Penilaian belum dibuka");
		assertThat(sheets()).isZero();
	}

	@Test
	void aJurorWhoDeclaredAConflictCannotScoreAndIsToldWhy() {
		fixtures.close(cycleId);
		assertThat(mvc.post()
			.uri("/juror/tokoh/nominations/" + nomination + "/conflict")
			.with(user(first))
			.with(csrf())
			.param("reason", "")).hasStatusOk().bodyText().contains("Isi alasan konflik kepentingan.");
		assertThat(mvc.post()
			.uri("/juror/tokoh/nominations/" + nomination + "/conflict")
			.with(user(first))
			.with(csrf())
			.param("reason", "Satu instansi dengan nomine")).hasStatus3xxRedirection();

		assertThat(score(first, "submit", "90", "90", "90", "90")).hasStatusOk()
			.bodyText()
			.contains("Anda telah menyatakan konflik kepentingan dengan nominasi ini, sehingga tidak dapat menilainya.");
		assertThat(sheets()).isZero();
		assertThat(mvc.get().uri("/juror/tokoh/nominations/" + nomination).with(user(first))).hasStatusOk()
			.bodyText()
			.contains("Satu instansi dengan nomine")
			.doesNotContain("id=\"submit-sheet\"");
	}

	@Test
	void beforeSubmittingAJurorSeesNothingOfTheOthersScoresAfterwardsTheirTotals() {
		fixtures.close(cycleId);
		fixtures.submit(first, nomination, 97, 93, 91, 89);

		assertThat(mvc.get().uri("/juror/tokoh/nominations/" + nomination).with(user(second))).hasStatusOk()
			.bodyText()
			.contains("Hanya Anda yang melihat nilai Anda")
			.doesNotContain(first.displayName(), "92,90", "Rata-rata sementara");
		assertThat(score(second, "draft", "70", "", "", "")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/juror/tokoh/nominations/" + nomination).with(user(second))).hasStatusOk()
			.bodyText()
			.doesNotContain(first.displayName(), "92,90");

		assertThat(score(second, "submit", "70", "80", "60", "50")).hasStatus3xxRedirection();
		// first: 97×30 + 93×25 + 91×25 + 89×20 = 92.90; second: 21 + 20 + 15 + 10 = 66; mean 79.45
		assertThat(mvc.get().uri("/juror/tokoh/nominations/" + nomination).with(user(second))).hasStatusOk()
			.bodyText()
			.contains(first.displayName() + ": 92,90", "Total nilai Anda: 66,00", "Rata-rata sementara: 79,45");
	}

	@Test
	void aSubmittedSheetIsLockedAndIncompleteSheetsCannotBeSubmitted() {
		fixtures.close(cycleId);
		assertThat(score(first, "submit", "80", "", "70", "70")).hasStatusOk()
			.bodyText()
			.contains("Isi nilai kriteria &quot;Inovasi layanan informasi&quot; sebelum mengirim.");
		assertThat(score(first, "submit", "80", "101", "70", "70")).hasStatusOk()
			.bodyText()
			.contains("harus 0 sampai 100");
		assertThat(sheets()).isZero();
		assertThat(score(first, "submit", "80", "75", "70", "70")).hasStatus3xxRedirection();

		assertThat(score(first, "submit", "10", "10", "10", "10")).hasStatusOk()
			.bodyText()
			.contains("sudah dikirim dan terkunci");
		assertThat(jdbc.queryForObject("select score from tokoh_mark m join tokoh_sheet s on s.id = m.sheet_id"
				+ " where s.nomination_id = ? and m.criterion_code = 'K1'", Integer.class, nomination)).isEqualTo(80);
	}

	@Test
	void someoneNotOnTheTeamGets404() {
		fixtures.close(cycleId);
		var outsider = fixtures.juror(fixtures.cycle(), "Juri Siklus Lain");
		assertThat(mvc.get().uri("/juror/tokoh/nominations/" + nomination).with(user(outsider)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(score(outsider, "submit", "80", "80", "80", "80")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/juror/tokoh").with(user(first))).hasStatusOk().bodyText().contains("Tokoh Dinilai");
	}

	private MockMvcTester.MockMvcRequestBuilder score(CurrentUser juror, String action, String k1, String k2, String k3,
			String k4) {
		return mvc.post()
			.uri("/juror/tokoh/nominations/" + nomination)
			.with(user(juror))
			.with(csrf())
			.param("action", action)
			.param("marks[0].code", "K1")
			.param("marks[0].score", k1)
			.param("marks[1].code", "K2")
			.param("marks[1].score", k2)
			.param("marks[2].code", "K3")
			.param("marks[2].score", k3)
			.param("marks[3].code", "K4")
			.param("marks[3].score", k4);
	}

	private long sheets() {
		return jdbc.queryForObject("select count(*) from tokoh_sheet where nomination_id = ?", Long.class, nomination);
	}

}
