package id.monevkip.assessment.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.submission.ObjectionStatus;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.internal.Objection;
import id.monevkip.submission.internal.ObjectionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An objection is decided by an assessor other than the one who judged the item: the first verifier is refused, a
 * second assessor upholds it, the item becomes accepted and the verified score follows; a second decision is refused.
 * The objection is filed straight into the table: filing has its own tests, and its window cannot overlap the
 * verification window a test needs first.
 */
@IntegrationTest
class ObjectionDecisionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	VerificationFixtures fixtures;

	@Autowired
	VerificationService verification;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	ObjectionRepository objections;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aSecondAssessorDecidesTheFirstIsRefusedAndTheScoreFollows() {
		var sent = fixtures.sent();
		var rejected = sent.claimed().get(0);
		var sheet = submissions.review(sent.submissionId(), "Ya", "Tidak", "-").orElseThrow();
		sheet.items().stream().map(i -> i.indicatorCode()).distinct()
			.forEach(code -> verification.acceptIndicator(sent.verifier(), sent.submissionId(), code));
		verification.judge(sent.verifier(), sent.submissionId(), rejected, Verdict.REJECTED, "Tidak ada tanda tangan.");
		verification.complete(sent.verifier(), sent.submissionId());
		var verified = score(sent);
		var objection = file(sent, rejected);

		// the verifier who rejected the item may not decide
		assertThat(mvc.get().uri("/assessor/objections?cycle={c}", sent.cycleId()).with(user(sent.verifier())))
			.hasStatusOk().bodyText().contains(sent.body().getName(), "Anda memberi putusan pada pertanyaan ini");
		assertThat(decide(sent.verifier(), objection, sent.cycleId(), "UPHELD", "Saya berubah pikiran."))
			.flash().containsEntry("error", "verification.objection.ownVerdict");
		assertThat(submissions.objection(objection).status()).isEqualTo(ObjectionStatus.FILED);
		assertThat(score(sent)).isEqualByComparingTo(verified);

		// a second assessor upholds it
		var second = fixtures.assessor("Penilai Kedua");
		assertThat(decide(second, objection, sent.cycleId(), "UPHELD", "Dokumen bertanda tangan ada di lampiran."))
			.flash().containsEntry("message", "verification.objection.decided.UPHELD");
		var decided = submissions.objection(objection);
		assertThat(decided.status()).isEqualTo(ObjectionStatus.UPHELD);
		assertThat(decided.decidedBy()).isEqualTo(second.accountId());
		assertThat(decided.decidedByName()).isEqualTo(second.displayName());
		assertThat(decided.decisionReason()).isEqualTo("Dokumen bertanda tangan ada di lampiran.");
		assertThat(score(sent)).isGreaterThan(verified);
		var last = ledger.history(sent.cycleId(), sent.body().getId()).get(0);
		assertThat(last.reason()).startsWith("Sanggahan #" + objection + " atas butir " + rejected + " diterima");
		assertThat(last.changedByName()).isEqualTo(second.displayName());
		assertThat(jdbc.queryForObject("""
				select v.verdict || ':' || v.judged_by from item_verdict v join verification f on f.id = v.verification_id
				where f.submission_id = ? and v.question_code = ?""", String.class, sent.submissionId(), rejected))
			.isEqualTo("ACCEPTED:" + second.accountId());

		// a second decision is refused and changes nothing
		var third = fixtures.assessor("Penilai Ketiga");
		var after = score(sent);
		assertThat(decide(third, objection, sent.cycleId(), "DISMISSED", "Tidak cukup bukti."))
			.flash().containsEntry("error", "verification.objection.alreadyDecided");
		assertThat(submissions.objection(objection).decidedBy()).isEqualTo(second.accountId());
		assertThat(score(sent)).isEqualByComparingTo(after);
	}

	@Test
	void aDismissalNeedsAReasonAndLeavesTheScore() {
		var sent = fixtures.sent();
		var rejected = sent.claimed().get(0);
		var sheet = submissions.review(sent.submissionId(), "Ya", "Tidak", "-").orElseThrow();
		sheet.items().stream().map(i -> i.indicatorCode()).distinct()
			.forEach(code -> verification.acceptIndicator(sent.verifier(), sent.submissionId(), code));
		verification.judge(sent.verifier(), sent.submissionId(), rejected, Verdict.REJECTED, "Tidak ada tanda tangan.");
		verification.complete(sent.verifier(), sent.submissionId());
		var objection = file(sent, rejected);
		var second = fixtures.assessor("Penilai Kedua");
		assertThat(decide(second, objection, sent.cycleId(), "DISMISSED", " ")).flash()
			.containsEntry("error", "verification.objection.reasonRequired");
		assertThat(submissions.objection(objection).status()).isEqualTo(ObjectionStatus.FILED);
		var verified = score(sent);
		assertThat(decide(second, objection, sent.cycleId(), "DISMISSED", "Dokumen tetap tidak bertanda tangan."))
			.flash().containsEntry("message", "verification.objection.decided.DISMISSED");
		assertThat(submissions.objection(objection).status()).isEqualTo(ObjectionStatus.DISMISSED);
		assertThat(score(sent)).isEqualByComparingTo(verified);
		assertThat(mvc.get().uri("/assessment/objections?cycle={c}&status=DISMISSED", sent.cycleId())
			.with(user(fixtures.admin()))).hasStatusOk().bodyText().contains(sent.body().getName())
			.doesNotContain("Simpan keputusan");
	}

	private long file(VerificationFixtures.Sent sent, String questionCode) {
		var questionId = jdbc.queryForObject(
				"select question_id from submission_answer where submission_id = ? and question_code = ?", Long.class,
				sent.submissionId(), questionCode);
		return objections.save(new Objection(sent.submissionId(), questionId, questionCode,
				"Dokumen sudah ditandatangani, lihat halaman 2.", Set.of(), sent.respondent().accountId(),
				sent.respondent().displayName(), clock.instant())).id();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult decide(id.monevkip.shared.CurrentUser user,
			long objectionId, long cycleId, String decision, String reason) {
		return mvc.post()
			.uri("/assessor/objections/{id}/decision", objectionId)
			.param("decision", decision)
			.param("reason", reason)
			.param("cycle", String.valueOf(cycleId))
			.with(user(user))
			.with(csrf())
			.exchange();
	}

	private BigDecimal score(VerificationFixtures.Sent sent) {
		return ledger.scores(sent.cycleId()).getOrDefault(sent.body().getId(), Map.of()).get(ScoreStage.SAQ);
	}

}
