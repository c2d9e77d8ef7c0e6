package id.monevkip.assessment.results;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ResultsIssued;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.assessment.ScoreSubject;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Commissioners fix the results by decree and correct them by new versions; earlier versions stay as they were.
 * Refusals show on the form, keep what was typed and change nothing.
 */
@IntegrationTest
@RecordApplicationEvents
class DecreeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ResultsManagement management;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	ResultsFixtures scores;

	@Autowired
	SubmissionFixtures submissions;

	@Autowired
	ApplicationEvents events;

	long cycle;

	PublicBody first;

	PublicBody second;

	CurrentUser commissioner;

	String tag;

	@BeforeEach
	void twoScoredBodies() {
		cycle = scores.cycle(ResultsFixtures.everybody());
		first = fixtures.participant(cycle, "PD_PROVINSI", null, null);
		second = fixtures.participant(cycle, "PD_PROVINSI", null, null);
		scores.score(cycle, first, ScoreStage.SAQ, "92.31");
		scores.score(cycle, first, ScoreStage.PRESENTATION, "92.31");
		scores.score(cycle, second, ScoreStage.SAQ, "95");
		scores.score(cycle, second, ScoreStage.PRESENTATION, "95");
		commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner SK", null);
		tag = Long.toString(cycle);
	}

	@Test
	void aCorrectionCreatesANewVersionAndKeepsTheOldOneReadableAndComparable() {
		assertThat(issue("/decrees", "52/KEP/KIP/XII/" + tag, "2025-12-10", null))
			.hasRedirectedUrl("/commissioner/cycles/" + cycle + "/decrees/1");
		var v1 = management.currentDecree(cycle).orElseThrow();
		var before = management.results(v1);

		// the calculation error of KI Pusat 2024: 92.31 should have been 98.31
		scores.score(cycle, first, ScoreStage.SAQ, "98.31");
		scores.score(cycle, first, ScoreStage.PRESENTATION, "98.31");
		assertThat(issue("/decrees/corrections", "53/KEP/KIP/XII/" + tag, "2025-12-11", "Kesalahan perhitungan"))
			.hasRedirectedUrl("/commissioner/cycles/" + cycle + "/decrees/2");

		var v2 = management.currentDecree(cycle).orElseThrow();
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.reason()).isEqualTo("Kesalahan perhitungan");
		assertThat(management.decrees(cycle)).extracting(d -> d.version()).containsExactly(2, 1);
		assertThat(management.results(v1)).isEqualTo(before);
		assertThat(row(management.results(v1), first)).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("92.31");
			assertThat(r.rank()).isEqualTo(2);
		});
		assertThat(row(management.results(v2), first)).satisfies(r -> {
			assertThat(r.finalScore()).isEqualByComparingTo("98.31");
			assertThat(r.rank()).isEqualTo(1);
		});
		assertThat(events.stream(ResultsIssued.class)).extracting(ResultsIssued::version).containsExactly(1, 2);
		assertThat(mvc.get().uri("/commissioner/cycles/{c}/decrees/1", cycle).with(user(commissioner))).hasStatusOk()
			.bodyText()
			.contains("52/KEP/KIP/XII/" + tag, "92,31");
		assertThat(mvc.get()
			.uri("/commissioner/cycles/{c}/decrees/compare?from=1&to=2&only=true", cycle)
			.with(user(commissioner))).hasStatusOk()
			.bodyText()
			.contains("2 badan publik berbeda", "+6,00", "naik 1 peringkat", "turun 1 peringkat", first.getName());
		assertThat(mvc.get().uri("/commissioner/cycles/{c}/results/bodies/{b}", cycle, first.getId()).with(user(commissioner)))
			.hasStatusOk()
			.bodyText()
			.contains("Koreksi dengan SK 53/KEP/KIP/XII/" + tag + ": Kesalahan perhitungan", commissioner.displayName(),
					"98,31", "92,31");
	}

	@Test
	void aDecreeNumberUsedBeforeIsRefusedOnTheFormAndNothingChanges() {
		String number = "99/KEP/KIP/XII/" + tag;
		issue("/decrees", number, "2025-12-10", null);
		long other = scores.cycle(ResultsFixtures.everybody());
		var body = fixtures.participant(other, "BUMD", null, null);
		scores.score(other, body, ScoreStage.SAQ, "80");

		var refused = mvc.post()
			.uri("/commissioner/cycles/{c}/decrees", other)
			.param("number", number.toLowerCase())
			.param("date", "2025-12-12")
			.param("note", "Catatan rapat pleno")
			.with(user(commissioner))
			.with(csrf())
			.exchange();
		var correction = issue("/decrees/corrections", number, "2025-12-12", "Alasan apa pun");

		assertThat(refused).hasStatusOk().bodyText().contains("Nomor SK " + number.toLowerCase() + " sudah dipakai");
		assertThat(refused).body().asString().contains("value=\"" + number.toLowerCase() + "\"", "Catatan rapat pleno");
		assertThat(correction).hasStatusOk().bodyText().contains("sudah dipakai");
		assertThat(management.decrees(other)).isEmpty();
		assertThat(management.decrees(cycle)).hasSize(1);
		assertThat(ledger.history(other, body.getId())).noneMatch(c -> c.subject() == ScoreSubject.FINAL);
	}

	@Test
	void badInputIsRefusedWithClearMessagesAndNothingChanges() {
		assertThat(issue("/decrees", " ", "", null)).hasStatusOk()
			.bodyText()
			.contains("Isi nomor SK.", "Isi tanggal SK.");
		assertThat(issue("/decrees", "X".repeat(101), "2025-12-10", null)).hasStatusOk()
			.bodyText()
			.contains("Nomor SK paling panjang 100 karakter.");
		assertThat(issue("/decrees", "1/KEP/" + tag, "2025-13-45", null)).hasStatusOk()
			.bodyText()
			.contains("Tanggal SK tidak dikenali");
		assertThat(issue("/decrees", "1/KEP/" + tag, "2999-01-01", null)).hasStatusOk()
			.bodyText()
			.contains("Tanggal SK tidak boleh setelah hari ini.");
		assertThat(issue("/decrees/corrections", "2/KEP/" + tag, "2025-12-10", "Koreksi")).hasStatusOk()
			.bodyText()
			.contains("belum ditetapkan; tetapkan dulu SK versi 1");
		assertThat(management.decrees(cycle)).isEmpty();
		assertThat(ledger.history(cycle, first.getId())).noneMatch(c -> c.subject() == ScoreSubject.FINAL);

		issue("/decrees", "3/KEP/" + tag, "2025-12-10", null);
		assertThat(issue("/decrees/corrections", "4/KEP/" + tag, "2025-12-11", " ")).hasStatusOk()
			.bodyText()
			.contains("Tuliskan alasan koreksi.");
		assertThat(issue("/decrees/corrections", "4/KEP/" + tag, "2025-12-11", "Tanpa perubahan")).hasStatusOk()
			.bodyText()
			.contains("Tidak ada perubahan hasil sejak SK versi 1 (3/KEP/" + tag + ")");
		assertThat(issue("/decrees", "5/KEP/" + tag, "2025-12-11", null)).hasStatusOk()
			.bodyText()
			.contains("sudah ditetapkan dengan SK 3/KEP/" + tag);
		assertThat(management.decrees(cycle)).singleElement().satisfies(d -> assertThat(d.number()).isEqualTo("3/KEP/" + tag));
	}

	@Test
	void issuingBeforeAnyStageScoreIsRefusedOnTheForm() {
		long empty = scores.cycle(ResultsFixtures.everybody());
		fixtures.participant(empty, "BUMD", null, null);

		assertThat(mvc.post()
			.uri("/commissioner/cycles/{c}/decrees", empty)
			.param("number", "7/KEP/" + empty)
			.param("date", "2025-12-10")
			.with(user(commissioner))
			.with(csrf())).hasStatusOk().bodyText().contains("Belum ada nilai tahap");
		assertThat(management.decrees(empty)).isEmpty();
	}

	@Test
	void adminsSeeResultsAndDecreesButOnlyCommissionersIssueThem() {
		issue("/decrees", "8/KEP/" + tag, "2025-12-10", null);
		var admin = fixtures.admin();
		var respondent = submissions.respondent(first, "Responden Hasil");
		var coordinator = submissions.account(first, Role.COORDINATOR, "Koordinator Hasil");

		assertThat(mvc.get().uri("/admin/cycles/{c}/results", cycle).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(first.getName(), "Hitung ulang");
		assertThat(mvc.post().uri("/admin/cycles/{c}/results/recompute", cycle).with(user(admin)).with(csrf()))
			.hasRedirectedUrl("/admin/cycles/" + cycle + "/results");
		assertThat(mvc.get().uri("/admin/cycles/{c}/decrees", cycle).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("8/KEP/" + tag, "Hanya komisioner yang dapat menetapkan")
			.doesNotContain("Tetapkan koreksi");
		assertThat(mvc.post()
			.uri("/commissioner/cycles/{c}/decrees/corrections", cycle)
			.param("number", "9/KEP/" + tag)
			.param("date", "2025-12-10")
			.param("reason", "x")
			.with(user(admin))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		for (var outsider : List.of(respondent, coordinator)) {
			assertThat(mvc.get().uri("/commissioner/cycles/{c}/results", cycle).with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(mvc.get().uri("/admin/cycles/{c}/decrees/1", cycle).with(user(outsider))).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(mvc.get().uri("/commissioner/cycles/{c}/decrees/7", cycle).with(user(commissioner)))
			.hasStatus(HttpStatus.NOT_FOUND);
		var stranger = fixtures.body("BUMD", null, null);
		assertThat(mvc.get().uri("/commissioner/cycles/{c}/results/bodies/{b}", cycle, stranger.getId()).with(user(commissioner)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/commissioner/cycles/{c}/results?category=abc&page=-4", cycle).with(user(commissioner)))
			.hasStatusOk()
			.bodyText()
			.contains("Sebagian filter tidak dikenali", first.getName());
	}

	private MvcTestResult issue(String path, String number, String date, String reason) {
		var request = mvc.post()
			.uri("/commissioner/cycles/" + cycle + path)
			.param("number", number)
			.param("date", date)
			.with(user(commissioner))
			.with(csrf());
		if (reason != null) {
			request = request.param("reason", reason);
		}
		return request.exchange();
	}

	private static ResultView row(List<ResultView> rows, PublicBody body) {
		return rows.stream().filter(r -> r.bodyId() == body.getId()).findFirst().orElseThrow();
	}

}
