package id.monevkip.submission;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** One library file or link goes to several questions in one step, only where that kind of evidence counts. */
@IntegrationTest
class EvidenceReuseTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	AnswerService answers;

	@Test
	void aFileGoesToEveryTickedQuestionInOneStepAndPilihSemuaTicksOnlyWhatStillNeedsAFile() {
		var body = fixtures.participant("PD_KABKOTA");
		var wati = fixtures.respondent(body, "Wati Reuse");
		var workspace = work.open(wati);
		long fileId = upload(wati, body.getId(), "sk-ppid.pdf");
		var first = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var second = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 1);
		var answeredNo = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 2);
		var linkOnly = SubmissionWork.yesNo(workspace, EvidenceRequirement.LINK, 0);
		answers.attachFile(wati, workspace.id(), first.id(), fileId, false);
		answers.save(wati, workspace.id(), answeredNo.id(), List.of("NO"), null);

		var page = mvc.get().uri("/respondent/submissions/{s}/reuse?file={f}&from={q}", workspace.id(), fileId, first.id())
			.with(user(wati)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("sk-ppid.pdf", "Pilih semua yang masih butuh", second.code(),
				"Sudah dilampirkan", "href=\"/evidence/" + fileId + "\"");
		assertThat(page).bodyText().doesNotContain("reuse-q-" + linkOnly.code());
		int needed = countFileQuestions(workspace) - 2; // the one that has it, the one answered "Tidak"
		assertThat(page).bodyText().contains("Pilih semua yang masih butuh (" + needed + ")");

		var ticked = mvc.get().uri("/respondent/submissions/{s}/reuse?file={f}&select=needed", workspace.id(), fileId)
			.with(user(wati)).exchange();
		assertThat(ticked).bodyText().containsPattern("id=\"reuse-q-" + second.code() + "\"[^>]*checked")
			.doesNotContainPattern("id=\"reuse-q-" + answeredNo.code() + "\"[^>]*checked");

		var attach = mvc.post().uri("/respondent/submissions/{s}/reuse", workspace.id()).param("file", "" + fileId)
			.param("from", "" + first.id()).param("questions", "" + second.id(), "" + answeredNo.id(), "" + first.id())
			.with(user(wati)).with(csrf()).exchange();
		assertThat(attach).hasStatus3xxRedirection().hasRedirectedUrl(
				"/respondent/submissions/" + workspace.id() + "/indicators/" + workspace.indicatorOf(first.id()).id() + "#q-" + first.code());
		assertThat(attach).flash().containsEntry("message", "submission.reuse.done");
		assertThat((Object[]) attach.getMvcResult().getFlashMap().get("messageArgs")).containsExactly(2);
		assertThat(attachedFiles(workspace, fileId)).containsExactlyInAnyOrder(first.code(), second.code(), answeredNo.code());
	}

	@Test
	void aLinkGoesOnlyWhereLinksCountAndOneWrongQuestionAttachesNothing() {
		var body = fixtures.participant("PD_KABKOTA");
		var wati = fixtures.respondent(body, "Wati Tautan");
		var workspace = work.open(wati);
		var linkOnly = SubmissionWork.yesNo(workspace, EvidenceRequirement.LINK, 0);
		var fileOnly = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var otherLink = SubmissionWork.yesNo(workspace, EvidenceRequirement.LINK, 1);
		answers.addLink(wati, workspace.id(), linkOnly.id(), "https://ppid.contoh.go.id/", "Situs PPID");
		long linkId = work.count("select id from evidence_link where body_id = ?", body.getId());

		var page = mvc.get().uri("/respondent/submissions/{s}/reuse?link={l}", workspace.id(), linkId).with(user(wati)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Situs PPID", "reuse-q-" + otherLink.code())
			.doesNotContain("reuse-q-" + fileOnly.code());

		var refused = mvc.post().uri("/respondent/submissions/{s}/reuse", workspace.id()).param("link", "" + linkId)
			.param("questions", "" + otherLink.id(), "" + fileOnly.id()).with(user(wati)).with(csrf()).exchange();
		assertThat(refused).hasStatus3xxRedirection().flash().containsEntry("error", "submission.reuse.notAccepted");
		assertThat(work.count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ? and e.link_id = ?", workspace.id(), linkId)).isEqualTo(1);

		var none = mvc.post().uri("/respondent/submissions/{s}/reuse", workspace.id()).param("link", "" + linkId)
			.with(user(wati)).with(csrf()).exchange();
		assertThat(none).hasStatus3xxRedirection().hasRedirectedUrl("/respondent/submissions/" + workspace.id() + "/reuse?link=" + linkId)
			.flash().containsEntry("error", "submission.reuse.noneChosen");

		var ok = mvc.post().uri("/respondent/submissions/{s}/reuse", workspace.id()).param("link", "" + linkId)
			.param("questions", "" + otherLink.id()).with(user(wati)).with(csrf()).exchange();
		assertThat(ok).flash().containsEntry("message", "submission.reuse.done");
		assertThat(work.count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ? and e.link_id = ?", workspace.id(), linkId)).isEqualTo(2);
	}

	@Test
	void anotherBodysFileOrAnUnknownQuestionIsNotFoundAndAttachesNothing() {
		var body = fixtures.participant("PD_KABKOTA");
		var wati = fixtures.respondent(body, "Wati Asing");
		var workspace = work.open(wati);
		var stranger = fixtures.participant("PD_KABKOTA");
		var ali = fixtures.respondent(stranger, "Ali Asing");
		long foreign = upload(ali, stranger.getId(), "rahasia.pdf");
		long own = upload(wati, body.getId(), "milik-sendiri.pdf");
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);

		assertThat(mvc.get().uri("/respondent/submissions/{s}/reuse?file={f}", workspace.id(), foreign).with(user(wati))
			.exchange()).hasStatus(404).bodyText().doesNotContain("rahasia.pdf");
		assertThat(mvc.post().uri("/respondent/submissions/{s}/reuse", workspace.id()).param("file", "" + foreign)
			.param("questions", "" + question.id()).with(user(wati)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/respondent/submissions/{s}/reuse", workspace.id()).with(user(wati)).exchange())
			.hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/reuse", workspace.id()).param("file", "" + own)
			.param("questions", "" + question.id(), "999999999").with(user(wati)).with(csrf()).exchange()).hasStatus(404);
		assertThat(attachedFiles(workspace, own)).isEmpty();
		var aliWorkspace = work.open(ali);
		assertThat(mvc.get().uri("/respondent/submissions/{s}/reuse?file={f}", aliWorkspace.id(), foreign).with(user(wati))
			.exchange()).hasStatus(404);
	}

	@Test
	void eachAttachedFileOnACardOffersToUseItForOtherQuestions() {
		var body = fixtures.participant("PD_KABKOTA");
		var wati = fixtures.respondent(body, "Wati Kartu");
		var workspace = work.open(wati);
		long fileId = upload(wati, body.getId(), "laporan.pdf");
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		answers.attachFile(wati, workspace.id(), question.id(), fileId, false);

		var page = mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(),
				workspace.indicatorOf(question.id()).id()).with(user(wati)).exchange();
		assertThat(page).bodyText().contains("Pakai juga di pertanyaan lain",
				"/respondent/submissions/" + workspace.id() + "/reuse?file=" + fileId + "&amp;from=" + question.id());
	}

	private long upload(CurrentUser user, long bodyId, String name) {
		return evidence.upload(user, bodyId, new EvidenceUpload(name, new ByteArrayResource(SubmissionWork.pdf()))).file().id();
	}

	private int countFileQuestions(Workspace workspace) {
		return (int) SubmissionWork.questions(workspace).stream().map(QuestionView::evidenceRequirement)
			.filter(EvidenceRequirement::acceptsFiles).count();
	}

	private List<String> attachedFiles(Workspace workspace, long fileId) {
		return work.names("select a.question_code from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ? and e.file_id = ?", workspace.id(), fileId);
	}

}
