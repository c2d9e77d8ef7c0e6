package id.monevkip.submission;

import id.monevkip.IntegrationTest;
import id.monevkip.submission.internal.SubmissionAnswerRepository;
import id.monevkip.submission.internal.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class SubmissionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	Workspaces workspaces;

	@Autowired
	SubmissionAnswerRepository answers;

	@Test
	void theHomeShowsTheCycleDeadlineAndProgressAndCreatesTheSubmission() {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, "Rina");

		var home = mvc.get().uri("/respondent").with(user(respondent)).exchange();

		assertThat(home).hasStatusOk().bodyText().contains("Batas pengisian", "0 dari 53 pertanyaan sudah lengkap",
				"Mulai mengisi", "Belum mulai");
	}

	@Test
	void anAnswerSavedWithHtmxShowsSavedAndTheNewVersion() {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, "Rina");
		var workspace = ((Workspaces.Entry.Ready) workspaces.current(respondent)).workspace();
		var indicator = workspace.instrument().indicators().get(0);
		var question = indicator.questions().stream()
			.filter(q -> q.answerType() == id.monevkip.questionnaire.scoring.AnswerType.YES_NO).findFirst().orElseThrow();

		var page = mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(), indicator.id())
			.with(user(respondent)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains(question.text());

		var saved = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").header("HX-Request", "true").with(user(respondent)).with(csrf()).exchange();

		assertThat(saved).hasStatusOk().bodyText().contains("Tersimpan pukul", "Rina");
		assertThat(answers.findBySubmissionIdAndQuestionId(workspace.id(), question.id())).get()
			.extracting(a -> a.getValue()).isEqualTo("YES");
	}

}
