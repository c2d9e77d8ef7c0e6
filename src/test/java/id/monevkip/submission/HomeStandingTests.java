package id.monevkip.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The respondent home says in plain words where the body stands and what happens next, in every state of its
 * submission; the status badge is green only when verification is done, and a revision round shows as such.
 */
@IntegrationTest
class HomeStandingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	SubmitService submit;

	@Autowired
	SubmissionManagement management;

	@Autowired
	Clock clock;

	@Test
	void theHomeSaysWhereTheBodyStandsFromFillingThroughRevisionToVerified() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);

		assertThat(home(rina)).contains("Belum mulai", "Kuesioner belum mulai diisi").doesNotContain("id=\"view-sent\"");
		assertThat(badge(home(rina))).contains("text-bg-secondary");
		work.fillAll(rina, workspace);
		assertThat(home(rina)).contains("Sedang diisi", "belum dikirim", "Lanjutkan mengisi");

		var sealed = submit.submit(rina, workspace.id()).snapshot();
		var sentAt = Wita.text(sealed.getSealedAt());
		var sent = home(rina);
		assertThat(sent).contains("Sudah dikirim", "Kuesioner sudah dikirim pada " + sentAt, "Tidak ada yang perlu Anda lakukan",
					"Berikutnya tim penilai memeriksa", "Lihat isi yang dikirim",
					"/respondent/submissions/" + workspace.id() + "/receipts/1")
			.doesNotContain("Mulai mengisi", "Lanjutkan mengisi");
		assertThat(badge(sent)).contains("text-bg-primary").doesNotContain("text-bg-success");

		management.startVerification(workspace.id());
		assertThat(home(rina)).contains("Sedang diverifikasi", "Tim penilai sedang memeriksa kuesioner yang Anda kirim pada " + sentAt);

		var deadline = clock.instant().plus(Duration.ofDays(5));
		management.requestRevision(workspace.id(), Set.of(SubmissionWork.first(workspace, AnswerType.FREE_TEXT).code()),
				deadline, "Lengkapi uraian", rina.accountId());
		var revision = home(rina);
		assertThat(revision).contains("Perlu perbaikan", "Penilai meminta perbaikan", "sebelum " + Wita.text(deadline), "Revisi",
					"Lengkapi uraian");
		assertThat(badge(revision)).contains("text-bg-warning").doesNotContain("text-bg-success");
		assertThat(revision).contains("id=\"stage\">Revisi<");

		var resent = submit.submit(rina, workspace.id()).snapshot();
		var resentHome = home(rina);
		assertThat(resentHome).contains("Perbaikan sudah dikirim", "Perbaikan sudah dikirim pada " + Wita.text(resent.getSealedAt()),
				"/respondent/submissions/" + workspace.id() + "/receipts/2").doesNotContain("id=\"stage\">Revisi<");
		assertThat(badge(resentHome)).contains("text-bg-primary");

		management.markVerified(workspace.id());
		var verified = home(rina);
		assertThat(verified).contains("Selesai diverifikasi", "Verifikasi kuesioner Anda sudah selesai");
		assertThat(badge(verified)).contains("text-bg-success");
	}

	private String home(CurrentUser user) throws Exception {
		var home = mvc.get().uri("/respondent").with(user(user)).exchange();
		assertThat(home).hasStatusOk();
		return home.getResponse().getContentAsString();
	}

	/** The status line with its badge. */
	private static String badge(String html) {
		int start = html.indexOf("id=\"status\"");
		return html.substring(start, html.indexOf("</p>", start));
	}

}
