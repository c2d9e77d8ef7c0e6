package id.monevkip.assessment.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.monevkip.IntegrationTest;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.questionnaire.scoring.ScoringEngine;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.Wita;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Verdicts move the verified SAQ in the score ledger; a revision round goes from the assessor to the respondent and
 * back; completing needs every scored item decided. Pages through MockMvc, the rest through the services.
 */
@IntegrationTest
class VerificationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	VerificationFixtures fixtures;

	@Autowired
	VerificationService verification;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Autowired
	SubmissionWork work;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	id.monevkip.submission.internal.ObjectionService objections;

	@Autowired
	id.monevkip.questionnaire.QuestionnaireManagement questionnaires;

	@Autowired
	id.monevkip.submission.internal.Workspaces workspaces;

	@Autowired
	java.time.Clock clock;

	@Test
	void verdictsMoveTheVerifiedScoreInTheLedger() {
		var sent = fixtures.sent();
		var sheet = submissions.review(sent.submissionId(), "Ya", "Tidak", "-").orElseThrow();
		var self = ScoringEngine.selfScore(sheet.spec(), sheet.answers()).total();
		assertThat(self).isPositive();

		var first = post(sent, sent.claimed().get(0), "ACCEPTED", "");
		assertThat(first).hasStatus3xxRedirection().flash().containsEntry("message", "verification.verdict.saved");
		var afterOne = score(sent);
		assertThat(afterOne).isPositive().isLessThan(self);
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.IN_VERIFICATION);

		verification.judge(sent.verifier(), sent.submissionId(), sent.claimed().get(1), Verdict.ACCEPTED, null);
		assertThat(score(sent)).isCloseTo(self, within(new BigDecimal("0.001")));

		verification.judge(sent.verifier(), sent.submissionId(), sent.claimed().get(0), Verdict.REJECTED,
				"Dokumen tidak ditandatangani.");
		assertThat(score(sent)).isCloseTo(self.subtract(afterOne), within(new BigDecimal("0.001")));
		var history = ledger.history(sent.cycleId(), sent.body().getId());
		assertThat(history.get(0).reason()).isEqualTo("Verifikasi butir " + sent.claimed().get(0) + ": Ditolak");
		assertThat(history.get(0).changedByName()).isEqualTo(sent.verifier().displayName());
		assertThat(history).hasSize(3);
		assertThat(jdbc.queryForObject("""
				select judged_by from item_verdict v join verification f on f.id = v.verification_id
				where f.submission_id = ? and v.question_code = ?""", Long.class, sent.submissionId(),
				sent.claimed().get(0))).isEqualTo(sent.verifier().accountId());
	}

	@Test
	void aRejectionWithoutACommentIsRefusedAndNothingChanges() {
		var sent = fixtures.sent();
		assertThat(post(sent, sent.claimed().get(0), "REJECTED", " ")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("error", "verification.comment.required");
		assertThat(ledger.score(sent.cycleId(), sent.body().getId(), ScoreStage.SAQ)).isEmpty();
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void bulkAcceptTakesEveryScoredItemOfTheIndicator() {
		var sent = fixtures.sent();
		var sheet = submissions.review(sent.submissionId(), "Ya", "Tidak", "-").orElseThrow();
		var indicator = sheet.items().stream().filter(i -> i.questionCode().equals(sent.claimed().get(0))).findFirst()
			.orElseThrow().indicatorCode();
		assertThat(mvc.post().uri("/assessor/verifications/{id}/accept-indicator", sent.submissionId())
			.param("indicatorCode", indicator).with(user(sent.verifier())).with(csrf())).hasStatus3xxRedirection();
		long scoredInIndicator = sheet.items().stream().filter(i -> i.indicatorCode().equals(indicator) && i.scored()).count();
		assertThat(jdbc.queryForObject("""
				select count(*) from item_verdict v join verification f on f.id = v.verification_id
				where f.submission_id = ? and v.verdict = 'ACCEPTED'""", Long.class, sent.submissionId()))
			.isEqualTo(scoredInIndicator);
		assertThat(score(sent)).isPositive();
	}

	@Test
	void aFullRevisionRoundAcrossBothSides() throws Exception {
		var sent = fixtures.sent();
		var plain = sent.plain().code();
		verification.judge(sent.verifier(), sent.submissionId(), plain, Verdict.NEEDS_REVISION,
				"Periksa lagi: situs Anda memuat daftar informasi publik.");

		var form = mvc.get().uri("/assessor/verifications/{id}/revision", sent.submissionId()).with(user(sent.verifier())).exchange();
		assertThat(form).hasStatusOk().bodyText().contains("Minta perbaikan");
		assertThat(form.getResponse().getContentAsString()).containsPattern("value=\"" + plain.replace(".", "\\.")
				+ "\"[^>]*checked");

		var deadline = LocalDate.now(Wita.ZONE).plusDays(5).toString();
		assertThat(mvc.post().uri("/assessor/verifications/{id}/revision", sent.submissionId())
			.param("itemCodes", plain).param("deadline", deadline).param("message", "Mohon perbaiki pertanyaan ini.")
			.with(user(sent.verifier())).with(csrf())).hasStatus3xxRedirection()
			.flash().containsEntry("message", "verification.revision.requested");
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.REVISION_REQUESTED);
		// the comment the assessor wrote on the item travels with the round to the body (card and mail)
		assertThat(jdbc.queryForObject("select c.comment from revision_round_comment c join revision_round r"
				+ " on r.id = c.revision_round_id where r.submission_id = ? and c.question_code = ?", String.class,
				sent.submissionId(), plain))
			.isEqualTo("Periksa lagi: situs Anda memuat daftar informasi publik.");
		assertThat(form.getResponse().getContentAsString())
			.contains("Catatan yang ikut terkirim: Periksa lagi: situs Anda memuat daftar informasi publik.");

		// while the body revises, the item cannot be judged, and the verification cannot be completed
		assertThat(post(sent, plain, "ACCEPTED", "")).flash().containsEntry("error", "verification.refused.itemReopened");
		assertThat(mvc.post().uri("/assessor/verifications/{id}/complete", sent.submissionId())
			.with(user(sent.verifier())).with(csrf())).flash().containsEntry("error", "verification.refused.revisionOpen");

		// the respondent changes the answer and resends
		var saved = answers.save(sent.respondent(), sent.submissionId(), sent.plain().id(), List.of("NO"), null);
		answers.save(sent.respondent(), sent.submissionId(), sent.plain().id(), List.of("YES"), saved.getVersion());
		answers.upload(sent.respondent(), sent.submissionId(), sent.plain().id(),
				new EvidenceUpload("Perbaikan.pdf", new ByteArrayResource(SubmissionWork.pdf())));
		assertThat(submit.submit(sent.respondent(), sent.submissionId()).sealed()).isTrue();
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.RESUBMITTED);

		// the assessor sees the new answer, marked as revised, and judges it again
		var page = mvc.get().uri("/assessor/verifications/{id}", sent.submissionId()).with(user(sent.verifier()));
		assertThat(page).hasStatusOk().bodyText().contains("Kiriman ke-2", "Sudah diperbaiki dan dikirim ulang");
		var before = score(sent);
		assertThat(post(sent, plain, "ACCEPTED", "")).flash().containsEntry("message", "verification.verdict.saved");
		assertThat(score(sent)).isGreaterThan(before);

		// completing needs every scored item decided
		assertThat(mvc.post().uri("/assessor/verifications/{id}/complete", sent.submissionId())
			.with(user(sent.verifier())).with(csrf())).flash().containsEntry("error", "verification.refused.undecided");
		acceptAll(sent);
		assertThat(mvc.post().uri("/assessor/verifications/{id}/complete", sent.submissionId())
			.with(user(sent.verifier())).with(csrf())).flash().containsEntry("message", "verification.completed");
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.VERIFIED);
		assertThat(post(sent, plain, "REJECTED", "Terlambat.")).flash()
			.containsEntry("error", "verification.refused.completed");
	}

	@Test
	void completingHandsTheVerdictsToTheBodyWhichMayObjectOnlyToWhatWasNotAccepted() {
		var sent = fixtures.sent();
		acceptAll(sent);
		var plain = sent.plain().code();
		verification.judge(sent.verifier(), sent.submissionId(), plain, Verdict.REJECTED,
				"Daftar informasi publik tidak ditemukan di situs.");
		verification.complete(sent.verifier(), sent.submissionId());

		var outcomes = submissions.outcomes(sent.submissionId());
		assertThat(outcomes.get(plain).verdict()).isEqualTo(Verdict.REJECTED);
		assertThat(outcomes.get(plain).remark()).isEqualTo("Daftar informasi publik tidak ditemukan di situs.");
		assertThat(outcomes.values()).filteredOn(o -> !o.accepted()).extracting(o -> o.questionCode()).containsExactly(plain);

		var page = mvc.get().uri("/respondent/submissions/{id}/objections", sent.submissionId()).with(user(sent.respondent())).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Pertanyaan yang tidak diterima verifikator",
				"Daftar informasi publik tidak ditemukan di situs.");
		// the objection form (shown while the objection window is open) offers the rejected question only
		assertThat(objections.objectable(workspaces.of(sent.respondent(), sent.submissionId())))
			.extracting(q -> q.code()).containsExactly(plain);
		// and an objection to an accepted question is refused whatever the calendar says
		var accepted = sent.claimed().get(0);
		long acceptedId = questionnaires.instrument(submissions.submission(sent.submissionId()).instrumentId())
			.indicators().stream().flatMap(i -> i.questions().stream())
			.filter(q -> q.code().equals(accepted)).findFirst().orElseThrow().id();
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(id.monevkip.shared.BusinessException.class,
				() -> objections.file(sent.respondent(), sent.submissionId(), acceptedId, "Tidak setuju",
						java.util.Set.of())).messageKey()).isEqualTo("submission.objection.acceptedItem");
	}

	@Test
	void aRevisionRoundWhoseDeadlinePassedWithoutResendingEndsAtTheNextVerdict() {
		var sent = fixtures.sent();
		var plain = sent.plain().code();
		verification.requestRevision(sent.verifier(), sent.submissionId(), java.util.Set.of(plain),
				clock.instant().plusSeconds(3600), "Mohon perbaiki.");
		assertThat(post(sent, plain, "REJECTED", "Tidak ada bukti.")).flash()
			.containsEntry("error", "verification.refused.itemReopened");
		jdbc.update("update revision_round set deadline = ? where submission_id = ?",
				java.sql.Timestamp.from(clock.instant().minusSeconds(60)), sent.submissionId());

		assertThat(post(sent, plain, "REJECTED", "Tidak diperbaiki sampai batas waktu.")).flash()
			.containsEntry("message", "verification.verdict.saved");
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.IN_VERIFICATION);
		assertThat(jdbc.queryForObject("select count(*) from revision_round where submission_id = ? and closed_at is null",
				Long.class, sent.submissionId())).isZero();
	}

	@Test
	void theQueueListsTheVerifiersBodiesWithProgressAndScore() {
		var sent = fixtures.sent();
		verification.judge(sent.verifier(), sent.submissionId(), sent.claimed().get(0), Verdict.ACCEPTED, null);
		assertThat(mvc.get().uri("/assessor/verifications").with(user(sent.verifier()))).hasStatusOk()
			.bodyText()
			.contains(sent.body().getName(), "Sedang diverifikasi", "1 dari");
		assertThat(mvc.get().uri("/assessor").with(user(sent.verifier()))).bodyText().contains("Verifikasi SAQ");
	}

	@Test
	void theReviewScreenShowsGuidanceClaimedValuesAndEvidenceSideBySide() throws Exception {
		var sent = fixtures.sent();
		var result = mvc.get().uri("/assessor/verifications/{id}", sent.submissionId()).with(user(sent.verifier())).exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Petunjuk pengisian", "Jawaban badan publik:",
				"Nilai terverifikasi", "Bukti " + sent.claimed().get(0) + ".pdf");
		assertThat(result.getResponse().getContentAsString()).contains("<iframe", "evidence-pdf", "hx-post");
	}

	@Test
	void aSentFileIsServedInlineAndNothingElse() throws Exception {
		var sent = fixtures.sent();
		var fileId = jdbc.queryForObject("select id from evidence_file where body_id = ? order by id limit 1", Long.class,
				sent.body().getId());
		var file = mvc.get().uri("/assessor/verifications/{s}/files/{f}", sent.submissionId(), fileId)
			.with(user(sent.verifier()))
			.exchange();
		assertThat(file).hasStatusOk().hasContentType("application/pdf");
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("inline");
		assertThat(file.getResponse().getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");

		var otherBody = fixtures.sent();
		var foreign = jdbc.queryForObject("select id from evidence_file where body_id = ? order by id limit 1",
				Long.class, otherBody.body().getId());
		assertThat(mvc.get().uri("/assessor/verifications/{s}/files/{f}", sent.submissionId(), foreign)
			.with(user(sent.verifier()))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/assessor/verifications/{s}/files/{f}", sent.submissionId(), fileId)
			.with(user(otherBody.verifier()))).hasStatus(HttpStatus.NOT_FOUND);
	}

	private void acceptAll(VerificationFixtures.Sent sent) {
		var sheet = submissions.review(sent.submissionId(), "Ya", "Tidak", "-").orElseThrow();
		sheet.items().stream().map(i -> i.indicatorCode()).distinct()
			.forEach(code -> verification.acceptIndicator(sent.verifier(), sent.submissionId(), code));
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(VerificationFixtures.Sent sent,
			String itemCode, String verdict, String comment) {
		return mvc.post()
			.uri("/assessor/verifications/{id}/verdicts", sent.submissionId())
			.param("itemCode", itemCode)
			.param("verdict", verdict)
			.param("comment", comment)
			.with(user(sent.verifier()))
			.with(csrf())
			.exchange();
	}

	private BigDecimal score(VerificationFixtures.Sent sent) {
		return ledger.scores(sent.cycleId()).getOrDefault(sent.body().getId(), Map.of()).get(ScoreStage.SAQ);
	}

}
