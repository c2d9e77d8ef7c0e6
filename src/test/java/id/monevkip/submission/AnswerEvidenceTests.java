package id.monevkip.submission;

import java.nio.charset.StandardCharsets;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.submission.internal.Workspace;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Files and links on an answer: refusals say why and leave nothing behind; odd names are stored safely. */
@IntegrationTest
class AnswerEvidenceTests {

	static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ffPE\u0000\u0000 program"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	private MvcTestResult upload(CurrentUser user, Workspace workspace, long questionId, MockMultipartFile file,
			boolean xhr) {
		var request = mvc.post().uri("/respondent/submissions/{s}/answers/{q}/files", workspace.id(), questionId)
			.multipart().file(file).with(user(user)).with(csrf());
		return (xhr ? request.header("X-Requested-With", "XMLHttpRequest") : request).exchange();
	}

	@Test
	void anEmptyFileIsRefusedWithAMessageAndLeavesNoRows() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var before = work.footprint(workspace.id(), body.getId());
		var empty = new MockMultipartFile("files", "kosong.pdf", "application/pdf", new byte[0]);

		assertThat(upload(rina, workspace, question.id(), empty, false)).hasStatus3xxRedirection().flash()
			.extractingByKey("uploadRefusals").asString().contains("kosong.pdf", "berkasnya kosong");
		var xhr = upload(rina, workspace, question.id(), empty, true);
		assertThat(xhr).hasStatus(422).bodyText().contains("berkasnya kosong");
		assertThat(xhr).contentType().isCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
	}

	@Test
	void aProgramRenamedToPdfIsRefusedWithAMessageAndLeavesNoRows() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var before = work.footprint(workspace.id(), body.getId());
		var exe = new MockMultipartFile("files", "laporan.pdf", "application/pdf", EXE);

		assertThat(upload(rina, workspace, question.id(), exe, false)).hasStatus3xxRedirection().flash()
			.extractingByKey("uploadRefusals").asString().contains("laporan.pdf", "program komputer");
		assertThat(upload(rina, workspace, question.id(), exe, true)).hasStatus(422).bodyText()
			.contains("program komputer");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
	}

	@Test
	void aPathInTheFileNameIsStoredAsItsLastSegmentOnly() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);

		var result = upload(rina, workspace, question.id(),
				new MockMultipartFile("files", "../../etc/passwd", "application/pdf", SubmissionWork.pdf()), true);

		assertThat(result).hasStatusOk().bodyText().contains("passwd", "terunggah");
		assertThat(storedNames(body.getId())).containsExactly("passwd");
		assertThat(work.count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ?", workspace.id())).isEqualTo(1);
	}

	@Test
	void aNameWithUnicodeAndQuotesIsKeptAndShownEscaped() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var name = "Laporan \u201cPPID\u201d 'final' \"v2\" <b>Tenggarong \u00e9\u00e8 \u8cc7\u6599.pdf";

		var result = upload(rina, workspace, question.id(),
				new MockMultipartFile("files", name, "application/pdf", SubmissionWork.pdf()), false);

		assertThat(result).hasStatus3xxRedirection().flash().containsEntry("message", "submission.upload.summary");
		assertThat(result).flash().extractingByKey("uploadRefusals").asList().isEmpty();
		assertThat(storedNames(body.getId())).containsExactly(name);
		var page = mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(),
				workspace.indicatorOf(question.id()).id()).with(user(rina)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("\u8cc7\u6599", "&lt;b&gt;Tenggarong")
			.doesNotContain("<b>Tenggarong");
	}

	@Test
	void aFileUrlOrAnotherSchemeIsRefusedAsALinkWithAMessage() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.LINK, 0);
		var before = work.footprint(workspace.id(), body.getId());
		var uri = "/respondent/submissions/" + workspace.id() + "/answers/" + question.id() + "/links";

		for (var url : new String[] { "file:///etc/passwd", "ftp://ppid.contoh.go.id/dip", "javascript:alert(1)",
				"ppid.contoh.go.id tanpa skema" }) {
			assertThat(mvc.post().uri(uri).param("url", url).with(user(rina)).with(csrf()).exchange()).as(url)
				.hasStatus3xxRedirection().flash().containsEntry("error", "links.validation.url");
			assertThat(mvc.post().uri(uri).param("url", url).header("HX-Request", "true").with(user(rina)).with(csrf())
				.exchange()).as(url).hasStatusOk().bodyText().contains("Alamat harus diawali http:// atau https://");
		}
		assertThat(mvc.post().uri(uri).param("url", " ").with(user(rina)).with(csrf()).exchange())
			.flash().containsEntry("error", "submission.evidence.urlRequired");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
	}

	private java.util.List<String> storedNames(long bodyId) {
		return work.names("select original_name from evidence_file where body_id = ? order by id", bodyId);
	}

}
