package id.monevkip.submission;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Another body's submission does not exist for a respondent, whatever id they type. */
@IntegrationTest
class SubmissionAccessTests {

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

	@Test
	void everyPageAndChangeOfAnotherBodysSubmissionIsNotFoundAndChangesNothing() {
		var owner = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(owner, "Rina");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var other = fixtures.participant("PD_KABKOTA");
		var intruder = fixtures.respondent(other, "Penyusup");
		work.open(intruder);
		var indicator = workspace.indicatorOf(question.id());
		var beforeOwner = work.footprint(workspace.id(), owner.getId());
		var intruderFiles = work.count("select count(*) from evidence_file where body_id = ?", other.getId());

		assertThat(mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(), indicator.id())
			.with(user(intruder)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/respondent/submissions/{s}/questions/{q}", workspace.id(), question.id())
			.with(user(intruder)).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").with(user(intruder)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").header("HX-Request", "true").with(user(intruder)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/answers/{q}/files", workspace.id(), question.id())
			.multipart().file(new MockMultipartFile("files", "bukti.pdf", "application/pdf", SubmissionWork.pdf()))
			.with(user(intruder)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/answers/{q}/files", workspace.id(), question.id())
			.multipart().file(new MockMultipartFile("files", "bukti.pdf", "application/pdf", SubmissionWork.pdf()))
			.header("X-Requested-With", "XMLHttpRequest").with(user(intruder)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/answers/{q}/links", workspace.id(), question.id())
			.param("url", "https://contoh.go.id/dip").with(user(intruder)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/respondent/submissions/{s}/check", workspace.id()).with(user(intruder)).exchange())
			.hasStatus(404);
		assertThat(mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(intruder)).with(csrf())
			.exchange()).hasStatus(404);

		assertThat(work.footprint(workspace.id(), owner.getId())).isEqualTo(beforeOwner);
		assertThat(work.count("select count(*) from evidence_file where body_id = ?", other.getId()))
			.isEqualTo(intruderFiles);
	}

	@Test
	void theReceiptOfAnotherBodysSubmissionIsNotFound() {
		var owner = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(owner, "Rina");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		assertThat(submit.submit(rina, workspace.id()).sealed()).isTrue();
		var intruder = fixtures.respondent(fixtures.participant("PD_KABKOTA"), "Penyusup");

		assertThat(mvc.get().uri("/respondent/submissions/{s}/receipts/1", workspace.id()).with(user(rina)).exchange())
			.hasStatusOk();
		assertThat(mvc.get().uri("/respondent/submissions/{s}/receipts/1", workspace.id()).with(user(intruder)).exchange())
			.hasStatus(404);
	}

	@Test
	void theServicesRefuseAnotherBodysSubmissionToo() {
		var owner = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(owner, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var intruder = fixtures.respondent(fixtures.participant("PD_KABKOTA"), "Penyusup");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> answers.save(intruder, workspace.id(), question.id(), List.of("YES"), null))
			.isInstanceOf(id.monevkip.shared.NotFoundException.class);
		assertThat(work.count("select count(*) from submission_answer where submission_id = ?", workspace.id())).isZero();
	}

	@Test
	void aVillageGetsTheVillageQuestionnaire() {
		var village = fixtures.respondent(fixtures.participant("DESA"), "Kepala Desa");

		assertThat(mvc.get().uri("/respondent").with(user(village)).exchange()).hasStatusOk().bodyText()
			.contains("0 dari 27 pertanyaan sudah lengkap");
		assertThat(SubmissionWork.questions(work.open(village))).hasSize(27);
	}

	@Test
	void theHomeOfABodyNotTakingPartSaysSo() {
		var outsider = fixtures.respondent(fixtures.outsider(), "Orang Luar");

		assertThat(mvc.get().uri("/respondent").with(user(outsider)).exchange()).hasStatusOk().bodyText()
			.contains("tidak terdaftar sebagai peserta");
		assertThat(work.count("select count(*) from submission where body_id = ?", outsider.bodyId())).isZero();
	}

}
