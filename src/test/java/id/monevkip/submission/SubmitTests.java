package id.monevkip.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.BusinessException;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Completeness;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Checking, sending and sealing, and a revision round after it. */
@IntegrationTest
class SubmitTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Autowired
	SubmissionManagement management;

	@Autowired
	Clock clock;

	@Autowired
	id.monevkip.submission.internal.SubmissionAnswerRepository stored;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anIncompleteSubmissionIsNotSealedAndTheCheckPageLinksTheUnansweredQuestions() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var questions = SubmissionWork.questions(workspace);
		work.fillAll(rina, workspace, questions.get(0).code(), questions.get(5).code());

		var result = mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(rina)).with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Belum dapat dikirim", "2 pertanyaan belum lengkap",
				"#q-" + questions.get(0).code(), "#q-" + questions.get(5).code())
			.doesNotContain("#q-" + questions.get(1).code() + "\"");
		assertThat(management.submission(workspace.id()).status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(management.latestSnapshot(workspace.id())).isEmpty();
		var check = submit.check(rina, workspace.id());
		assertThat(check.count(Completeness.Kind.UNANSWERED)).isEqualTo(2);
	}

	@Test
	void aCompleteSubmissionIsSealedWithEveryAnswerAndAFingerprintOfItsContent() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		assertThat(submit.check(rina, workspace.id()).complete()).isTrue();

		var result = mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(rina)).with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().redirectedUrl()
			.isEqualTo("/respondent/submissions/" + workspace.id() + "/receipts/1");
		var submission = management.submission(workspace.id());
		assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(submission.round()).isEqualTo(1);
		var snapshot = management.latestSnapshot(workspace.id()).orElseThrow();
		assertThat(snapshot.fingerprint()).isEqualTo(SubmissionWork.sha256(snapshot.content().getBytes("UTF-8")));
		var content = JSON.readTree(snapshot.content());
		var codes = content.get("answers").valueStream().map(a -> a.get("questionCode").asString()).toList();
		assertThat(codes).containsExactlyInAnyOrderElementsOf(
				SubmissionWork.questions(workspace).stream().map(q -> q.code()).toList());
		assertThat(codes).hasSize(53);
		assertThat(snapshot.answerCount()).isEqualTo(53);
		assertThat(mvc.get().uri("/respondent/submissions/{s}/receipts/1", workspace.id()).with(user(rina)).exchange())
			.hasStatusOk().bodyText().contains(snapshot.fingerprint(), body.getName());
	}

	@Test
	void aYesThatNeedsAFileIsMissingEvidenceUntilAFileIsAttachedWhoseHashIsSealed() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		work.fillAll(rina, workspace, question.code());
		answers.save(rina, workspace.id(), question.id(), List.of("YES"), null);

		var missing = submit.check(rina, workspace.id());
		assertThat(missing.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.question().question().code()).isEqualTo(question.code());
			assertThat(problem.kinds()).containsExactly(Completeness.Kind.MISSING_EVIDENCE);
		});
		assertThat(submit.submit(rina, workspace.id()).sealed()).isFalse();

		var bytes = SubmissionWork.pdf();
		answers.upload(rina, workspace.id(), question.id(),
				new id.monevkip.evidence.EvidenceUpload("SK PPID.pdf", new ByteArrayResource(bytes)));
		var outcome = submit.submit(rina, workspace.id());

		assertThat(outcome.sealed()).isTrue();
		var sealed = sealedAnswer(JSON.readTree(outcome.snapshot().getContent()), question.code());
		assertThat(sealed.get("value").asString()).isEqualTo("YES");
		assertThat(sealed.get("evidence")).hasSize(1);
		assertThat(sealed.get("evidence").get(0).get("sha256").asString()).isEqualTo(SubmissionWork.sha256(bytes));
		assertThat(sealed.get("evidence").get(0).get("kind").asString()).isEqualTo("FILE");
		assertThat(outcome.snapshot().getEvidenceCount()).isEqualTo(1);
	}

	@Test
	void sendingTwiceIsRefused() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());

		assertThatThrownBy(() -> submit.submit(rina, workspace.id())).isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo("submission.closed.sent");
		assertThat(management.latestSnapshot(workspace.id()).orElseThrow().round()).isEqualTo(1);
		var again = mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(rina)).with(csrf())
			.exchange();
		assertThat(again).hasStatus3xxRedirection().flash().containsEntry("error", "submission.closed.sent");
	}

	@Test
	void aRevisionRoundReopensOnlyItsQuestionsAndResendingSealsRoundTwo() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());
		var reopened = SubmissionWork.first(workspace, AnswerType.FREE_TEXT);
		var other = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);

		management.requestRevision(workspace.id(), Set.of(reopened.code()), clock.instant().plus(Duration.ofDays(7)),
				"Perbaiki uraian", rina.accountId());

		assertThat(management.submission(workspace.id()).status()).isEqualTo(SubmissionStatus.REVISION_REQUESTED);
		var refused = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), other.id())
			.param("value", "YES").header("HX-Request", "true").with(user(rina)).with(csrf()).exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("tidak termasuk");
		assertThatThrownBy(() -> answers.save(rina, workspace.id(), other.id(), List.of("YES"), null))
			.isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo("submission.closed.notInRevision");
		var current = work.reload(rina, workspace.id());
		assertThat(current.refusal(other, clock.instant())).contains("submission.closed.notInRevision");

		var version = stored.findBySubmissionIdAndQuestionId(workspace.id(), reopened.id()).orElseThrow().getVersion();
		var fixed = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), reopened.id())
			.param("value", "Uraian sudah diperbaiki.").param("version", String.valueOf(version)).header("HX-Request", "true").with(user(rina)).with(csrf())
			.exchange();
		assertThat(fixed).hasStatusOk().bodyText().contains("Tersimpan pukul");

		var outcome = submit.submit(rina, workspace.id());
		assertThat(outcome.sealed()).isTrue();
		assertThat(outcome.snapshot().getRound()).isEqualTo(2);
		var view = management.submission(workspace.id());
		assertThat(view.status()).isEqualTo(SubmissionStatus.RESUBMITTED);
		assertThat(view.round()).isEqualTo(2);
		var latest = management.latestSnapshot(workspace.id()).orElseThrow();
		assertThat(latest.round()).isEqualTo(2);
		assertThat(sealedAnswer(JSON.readTree(latest.content()), reopened.code()).get("value").asString())
			.isEqualTo("Uraian sudah diperbaiki.");
		assertThat(sealedAnswer(JSON.readTree(management.snapshot(workspace.id(), 1).orElseThrow().content()),
				reopened.code()).get("value").asString()).isEqualTo("Belum ada catatan khusus.");
		// The round is closed by resending: the reopened question is locked again.
		assertThatThrownBy(() -> answers.save(rina, workspace.id(), reopened.id(), List.of("Lagi"), null))
			.isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo("submission.closed.sent");
	}

	@Test
	void theAssessorsCommentOnAReopenedQuestionIsShownOnItsCardOnly() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina Catatan");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());
		var commented = SubmissionWork.first(workspace, AnswerType.FREE_TEXT);
		var plain = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);

		management.requestRevision(workspace.id(), new java.util.LinkedHashSet<>(List.of(commented.code(), plain.code())),
				java.util.Map.of(commented.code(), "Uraian belum menyebut nomor SK PPID."),
				clock.instant().plus(Duration.ofDays(7)), "Perbaiki dua jawaban", rina.accountId());

		var page = mvc.get().uri("/respondent/submissions/{s}/indicators/{i}", workspace.id(),
				workspace.indicatorOf(commented.id()).id()).with(user(rina)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Catatan penilai untuk pertanyaan ini",
				"Uraian belum menyebut nomor SK PPID.");
		var card = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var commentedCard = card.substring(card.indexOf("id=\"q-" + commented.code() + "\""));
		assertThat(commentedCard.substring(0, commentedCard.indexOf("</article>")))
			.contains("Uraian belum menyebut nomor SK PPID.");
		if (workspace.indicatorOf(plain.id()).id() == workspace.indicatorOf(commented.id()).id()) {
			var plainCard = card.substring(card.indexOf("id=\"q-" + plain.code() + "\""));
			assertThat(plainCard.substring(0, plainCard.indexOf("</article>"))).doesNotContain("revision-comment");
		}
		assertThat(jdbc.queryForList("select question_code from revision_round_comment c join revision_round r"
				+ " on r.id = c.revision_round_id where r.submission_id = ?", String.class, workspace.id()))
			.containsExactly(commented.code());
	}

	@Test
	void aRevisionCommentLongerThanAllowedIsRefusedAndOpensNothing() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina Panjang");
		var workspace = work.open(rina);
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());
		var code = SubmissionWork.first(workspace, AnswerType.FREE_TEXT).code();

		refused(() -> management.requestRevision(workspace.id(), Set.of(code), java.util.Map.of(code, "x".repeat(2001)),
				clock.instant().plus(Duration.ofDays(7)), "Perbaiki", rina.accountId()), "submission.revision.comment");
		assertThat(management.submission(workspace.id()).status()).isNotEqualTo(SubmissionStatus.REVISION_REQUESTED);
	}

	@Test
	void badRevisionRequestsAreRefusedAndChangeNothing() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var code = SubmissionWork.first(workspace, AnswerType.FREE_TEXT).code();
		var later = clock.instant().plus(Duration.ofDays(7));

		refused(() -> management.requestRevision(workspace.id(), Set.of(code), later, "Perbaiki", rina.accountId()),
				"submission.status.notSent");
		work.fillAll(rina, workspace);
		submit.submit(rina, workspace.id());
		var before = work.footprint(workspace.id(), body.getId());

		refused(() -> management.requestRevision(workspace.id(), Set.of("XX-99"), later, "Perbaiki", rina.accountId()),
				"submission.revision.unknownQuestion");
		refused(() -> management.requestRevision(workspace.id(), Set.of(), later, "Perbaiki", rina.accountId()),
				"submission.revision.unknownQuestion");
		refused(() -> management.requestRevision(workspace.id(), Set.of(code), clock.instant().minusSeconds(60),
				"Perbaiki", rina.accountId()), "submission.revision.deadlinePast");
		refused(() -> management.requestRevision(workspace.id(), Set.of(code), later, "   ", rina.accountId()),
				"submission.revision.message");
		refused(() -> management.requestRevision(workspace.id(), Set.of(code), later, "x".repeat(2001),
				rina.accountId()), "submission.revision.message");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);

		management.requestRevision(workspace.id(), Set.of(code), later, "Perbaiki", rina.accountId());
		var open = work.footprint(workspace.id(), body.getId());
		refused(() -> management.requestRevision(workspace.id(), Set.of(code), later.plusSeconds(60), "Lagi",
				rina.accountId()), "submission.revision.alreadyOpen");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(open);
	}

	private static void refused(Runnable call, String key) {
		assertThatThrownBy(call::run).isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo(key);
	}

	private static JsonNode sealedAnswer(JsonNode content, String code) {
		return content.get("answers").valueStream().filter(a -> a.get("questionCode").asString().equals(code))
			.findFirst().orElseThrow();
	}

}
