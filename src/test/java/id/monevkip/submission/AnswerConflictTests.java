package id.monevkip.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.submission.internal.AnswerConflictException;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmissionAnswerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Two people of one body changing the same answer: nobody's work is silently overwritten. */
@IntegrationTest
class AnswerConflictTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmissionAnswerRepository stored;

	@Test
	void aSaveBasedOnAPageLoadedBeforeSomebodyElseSavedIsAConflictAndChangesNothing() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);

		var saved = answers.save(rina, workspace.id(), question.id(), List.of("YES"), null);
		var conflict = catchThrowableOfType(AnswerConflictException.class,
				() -> answers.save(budi, workspace.id(), question.id(), List.of("NO"), null));

		assertThat(conflict.theirValue()).isEqualTo("YES");
		assertThat(conflict.changedBy()).isEqualTo("Rina");
		assertThat(conflict.currentVersion()).isEqualTo(saved.getVersion());
		var now = stored.findBySubmissionIdAndQuestionId(workspace.id(), question.id()).orElseThrow();
		assertThat(now.getValue()).isEqualTo("YES");
		assertThat(now.getVersion()).isEqualTo(saved.getVersion());
		assertThat(now.getUpdatedByName()).isEqualTo("Rina");
	}

	@Test
	void savingTheValueAlreadyStoredIsNotAConflict() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var saved = answers.save(rina, workspace.id(), question.id(), List.of("YES"), null);

		var again = answers.save(budi, workspace.id(), question.id(), List.of("YES"), null);

		assertThat(again.getValue()).isEqualTo("YES");
		assertThat(again.getVersion()).isEqualTo(saved.getVersion());
		assertThat(again.getUpdatedByName()).isEqualTo("Rina");
	}

	@Test
	void keepingMineWithTheCurrentVersionSaves() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		answers.save(rina, workspace.id(), question.id(), List.of("YES"), null);
		var conflict = catchThrowableOfType(AnswerConflictException.class,
				() -> answers.save(budi, workspace.id(), question.id(), List.of("NO"), null));

		var kept = answers.save(budi, workspace.id(), question.id(), List.of("NO"), conflict.currentVersion());

		assertThat(kept.getValue()).isEqualTo("NO");
		assertThat(kept.getUpdatedByName()).isEqualTo("Budi");
		assertThat(kept.getVersion()).isGreaterThan(conflict.currentVersion());
		// Rina's page still shows her old version: her next change is now the conflicting one.
		assertThatThrownBy(() -> answers.save(rina, workspace.id(), question.id(), List.of("YES"), conflict.currentVersion()))
			.isInstanceOf(AnswerConflictException.class);
	}

	@Test
	void theHtmxSaveShowsTheConflictWithBothAnswersInWords() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina Conflict");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		answers.save(rina, workspace.id(), question.id(), List.of("YES"), null);

		var result = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "NO").header("HX-Request", "true").with(user(budi)).with(csrf()).exchange();

		assertThat(result).hasStatusOk().bodyText().contains("baru saja diubah oleh Rina Conflict",
				"Jawaban yang tersimpan", "Jawaban Anda", ">Ya<", ">Tidak<", "Pakai jawaban saya");
		assertThat(stored.findBySubmissionIdAndQuestionId(workspace.id(), question.id()).orElseThrow().getValue())
			.isEqualTo("YES");
	}

	@Test
	void withoutHtmxTheConflictPageShowsBothAnswers() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina Halaman");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		answers.save(rina, workspace.id(), question.id(), List.of("YES"), null);

		var result = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "NO").with(user(budi)).with(csrf()).exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Rina Halaman", "Ya", "Tidak", "Pakai jawaban saya");
		assertThat(stored.findBySubmissionIdAndQuestionId(workspace.id(), question.id()).orElseThrow().getValue())
			.isEqualTo("YES");
	}

	@Test
	void twoSimultaneousSavesOfANewAnswerLeaveExactlyOneWinnerAndOneConflict() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		// A first answer elsewhere moves the submission to draft, so the two saves below do not queue on that update.
		answers.save(rina, workspace.id(), SubmissionWork.first(workspace, AnswerType.CHECKLIST).id(), List.of(), null);
		var question = SubmissionWork.first(workspace, AnswerType.FREE_TEXT);

		race(workspace.id(), question.id(), rina, budi, null, "Teks Rina", "Teks Budi");
	}

	@Test
	void twoSimultaneousSavesOfAnExistingAnswerNeverLoseAnUpdate() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var budi = fixtures.respondent(body, "Budi");
		var workspace = work.open(rina);
		var question = SubmissionWork.first(workspace, AnswerType.NUMBER);
		for (int i = 0; i < 5; i++) {
			var current = stored.findBySubmissionIdAndQuestionId(workspace.id(), question.id());
			Long version = current.isPresent() ? current.get().getVersion() : null;
			race(workspace.id(), question.id(), rina, budi, version, String.valueOf(100 + 2 * i), String.valueOf(101 + 2 * i));
		}
	}

	private void race(long submissionId, long questionId, id.monevkip.shared.CurrentUser first,
			id.monevkip.shared.CurrentUser second, Long seenVersion, String firstValue, String secondValue)
			throws Exception {
		var barrier = new CyclicBarrier(2);
		var pool = Executors.newFixedThreadPool(2);
		try {
			var a = pool.submit(() -> attempt(barrier, first, submissionId, questionId, firstValue, seenVersion));
			var b = pool.submit(() -> attempt(barrier, second, submissionId, questionId, secondValue, seenVersion));
			var outcomes = new ArrayList<Object>(List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)));

			var winners = outcomes.stream().filter(String.class::isInstance).toList();
			var conflicts = outcomes.stream().filter(AnswerConflictException.class::isInstance).toList();
			assertThat(winners).as("outcomes %s", outcomes).hasSize(1);
			assertThat(conflicts).as("outcomes %s", outcomes).hasSize(1);
			var winner = (String) winners.get(0);
			var conflict = (AnswerConflictException) conflicts.get(0);
			assertThat(conflict.theirValue()).isEqualTo(winner);
			assertThat(stored.findBySubmissionIdAndQuestionId(submissionId, questionId).orElseThrow().getValue())
				.isEqualTo(winner);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Object attempt(CyclicBarrier barrier, id.monevkip.shared.CurrentUser user, long submissionId,
			long questionId, String value, Long seenVersion) throws Exception {
		barrier.await(10, TimeUnit.SECONDS);
		try {
			return answers.save(user, submissionId, questionId, List.of(value), seenVersion).getValue();
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

}
