package id.monevkip.submission;

import java.time.Clock;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.submission.internal.AnswerEvidenceRepository;
import id.monevkip.submission.internal.SubmissionAnswerRepository;
import id.monevkip.submission.internal.SubmissionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Last year's evidence on the same question is offered again and attached only once confirmed still valid. */
@IntegrationTest
class CarryOverTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	CycleManagement cycles;

	@Autowired
	QuestionnaireManagement questionnaires;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	SubmissionAnswerRepository answers;

	@Autowired
	AnswerEvidenceRepository attachments;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void lastYearsFileIsOfferedAndAttachedOnlyWhenTickedStillValid() {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, "Wati");
		var current = fixtures.demoCycle();
		var lastYear = cycles.all().stream()
			.filter(c -> c.organiserBodyId() == current.organiserBodyId() && c.year() == current.year() - 1)
			.findFirst().orElseThrow();
		var category = body.getCategory().getId();
		var oldInstrument = questionnaires.instrumentFor(lastYear.id(), category).orElseThrow();
		var now = clock.instant();
		participants.save(new Participant(lastYear.id(), body.getId(), category, now));
		var file = evidence.upload(respondent, body.getId(),
				new EvidenceUpload("sk-ppid-2025.pdf", new ByteArrayResource(SubmissionWork.pdf()))).file();
		var workspace = work.open(respondent);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var oldQuestion = oldInstrument.indicators().stream().flatMap(i -> i.questions().stream())
			.filter(q -> q.code().equals(question.code())).findFirst().orElseThrow();
		transaction.executeWithoutResult(status -> {
			submissions.createIfAbsent(lastYear.id(), body.getId(), category, oldInstrument.id(), now);
			var old = submissions.findByCycleIdAndBodyId(lastYear.id(), body.getId()).orElseThrow();
			answers.createIfAbsent(old.id(), oldQuestion.id(), oldQuestion.code(), respondent.accountId(), "Wati", now);
			var oldAnswer = answers.findBySubmissionIdAndQuestionId(old.id(), oldQuestion.id()).orElseThrow();
			attachments.attachFile(oldAnswer.id(), file.id(), false, respondent.accountId(), now);
		});

		var offer = mvc.get().uri("/respondent/submissions/{s}/carry-over", workspace.id()).with(user(respondent)).exchange();
		assertThat(offer).hasStatusOk().bodyText().contains("sk-ppid-2025.pdf", question.code(), "Masih berlaku",
				"Pilih semua (1)", "href=\"/evidence/" + file.id() + "\"")
			.doesNotContainPattern("id=\"pick-F-" + file.id() + "-" + question.id() + "\"[^>]*checked");
		var all = mvc.get().uri("/respondent/submissions/{s}/carry-over?all=true", workspace.id()).with(user(respondent)).exchange();
		assertThat(all).bodyText().containsPattern("id=\"pick-F-" + file.id() + "-" + question.id() + "\"[^>]*checked");

		var nothing = mvc.post().uri("/respondent/submissions/{s}/carry-over", workspace.id()).with(user(respondent))
			.with(csrf()).exchange();
		assertThat(nothing).hasStatus3xxRedirection().flash().containsEntry("error", "submission.carry.nothingChosen");
		assertThat(carried(workspace.id())).isZero();

		var ticked = mvc.post().uri("/respondent/submissions/{s}/carry-over", workspace.id())
			.param("picks", "F-" + file.id() + "-" + question.id()).with(user(respondent)).with(csrf()).exchange();
		assertThat(ticked).hasStatus3xxRedirection().flash().containsEntry("message", "submission.carry.done");
		assertThat(carried(workspace.id())).isEqualTo(1);

		var again = mvc.get().uri("/respondent/submissions/{s}/carry-over", workspace.id()).with(user(respondent)).exchange();
		assertThat(again).bodyText().doesNotContain("sk-ppid-2025.pdf");
		var page = mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(),
				workspace.indicatorOf(question.id()).id()).with(user(respondent)).exchange();
		assertThat(page).bodyText().contains("Dari tahun lalu");
	}

	private long carried(long submissionId) {
		return work.count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " where a.submission_id = ? and e.carried_over", submissionId);
	}

}
