package id.monevkip.submission;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.submission.internal.AnswerEvidenceRepository;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.EvidenceGateway;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Once sent, every change is refused on the server, whatever the page in the browser still offers. */
@IntegrationTest
class SealedSubmissionTests {

	static final String SENT = "Kuesioner sudah dikirim; jawaban tidak dapat diubah.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Autowired
	EvidenceGateway evidence;

	@Autowired
	AnswerEvidenceRepository attachments;

	@Test
	void aSentSubmissionRefusesEveryChangeWithAMessageAndNothingChanges() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var withFile = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var plain = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 1);
		work.fillAll(rina, workspace, withFile.code());
		answers.save(rina, workspace.id(), withFile.id(), List.of("YES"), null);
		answers.upload(rina, workspace.id(), withFile.id(),
				new EvidenceUpload("SK PPID.pdf", new ByteArrayResource(SubmissionWork.pdf())));
		assertThat(submit.submit(rina, workspace.id()).sealed()).isTrue();
		var fileId = evidence.library(rina, body.getId()).get(0).id();
		var link = evidence.addLink(rina, body.getId(), "https://ppid.contoh.go.id/dip", "DIP");
		var attachmentId = attachments.findBySubmission(workspace.id()).get(0).getId();
		var before = work.footprint(workspace.id(), body.getId());
		var base = "/respondent/submissions/" + workspace.id() + "/answers/";

		var save = mvc.post().uri(base + plain.id()).param("value", "YES").with(user(rina)).with(csrf()).exchange();
		assertThat(save).hasStatus3xxRedirection().flash().containsEntry("error", "submission.closed.sent");
		assertThat(mvc.post().uri(base + plain.id()).param("value", "YES").header("HX-Request", "true")
			.with(user(rina)).with(csrf()).exchange()).hasStatusOk().bodyText().contains(SENT);
		assertThat(mvc.post().uri(base + plain.id() + "/attach").param("fileId", String.valueOf(fileId))
			.header("HX-Request", "true").with(user(rina)).with(csrf()).exchange()).hasStatusOk().bodyText().contains(SENT);
		assertThat(mvc.post().uri(base + plain.id() + "/attach").param("linkId", String.valueOf(link.id()))
			.with(user(rina)).with(csrf()).exchange()).flash().containsEntry("error", "submission.closed.sent");
		assertThat(mvc.post().uri(base + withFile.id() + "/evidence/" + attachmentId + "/remove")
			.header("HX-Request", "true").with(user(rina)).with(csrf()).exchange()).hasStatusOk().bodyText().contains(SENT);
		assertThat(mvc.post().uri(base + withFile.id() + "/evidence/" + attachmentId + "/remove")
			.with(user(rina)).with(csrf()).exchange()).flash().containsEntry("error", "submission.closed.sent");
		assertThat(mvc.post().uri(base + plain.id() + "/links").param("url", "https://ppid.contoh.go.id/baru")
			.header("HX-Request", "true").with(user(rina)).with(csrf()).exchange()).hasStatusOk().bodyText().contains(SENT);
		var upload = mvc.post().uri(base + plain.id() + "/files")
			.multipart().file(new MockMultipartFile("files", "laporan.pdf", "application/pdf", SubmissionWork.pdf()))
			.with(user(rina)).with(csrf()).exchange();
		assertThat(upload).hasStatus3xxRedirection().flash().extractingByKey("uploadRefusals")
			.asString().contains("laporan.pdf", SENT);
		var xhr = mvc.post().uri(base + plain.id() + "/files")
			.multipart().file(new MockMultipartFile("files", "laporan.pdf", "application/pdf", SubmissionWork.pdf()))
			.header("X-Requested-With", "XMLHttpRequest").with(user(rina)).with(csrf()).exchange();
		assertThat(xhr).hasStatus(422).bodyText().isEqualTo(SENT);
		assertThat(xhr).contentType().isCompatibleWith(MediaType.TEXT_PLAIN);

		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
	}

}
