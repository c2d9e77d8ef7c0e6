package id.monevkip.assessment.verification;

import java.time.Clock;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.internal.AssessorService;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.BusinessException;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Verdicts refused with a clear message and nothing changed: from an assessor not assigned to the body (404), one with
 * a conflict of interest, after the verification window; and pages closed to other roles.
 */
@IntegrationTest
class VerificationRefusalTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	VerificationFixtures fixtures;

	@Autowired
	VerificationService verification;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	SubmissionFixtures submissionFixtures;

	@Autowired
	AssessorService assessors;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void anAssessorNotAssignedToTheBodyFindsNothing() {
		var sent = fixtures.sent();
		var stranger = fixtures.assessor("Penilai Lain");
		assertThat(mvc.get().uri("/assessor/verifications/{id}", sent.submissionId()).with(user(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.post().uri("/assessor/verifications/{id}/verdicts", sent.submissionId())
			.param("itemCode", sent.claimed().get(0)).param("verdict", "ACCEPTED")
			.with(user(stranger)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		assertUntouched(sent);
	}

	@Test
	void aConflictedVerifierIsRefusedWithAClearMessage() {
		var sent = fixtures.sent();
		assessors.declare(sent.verifier().accountId(), sent.body().getCode(), "Saudara kandung bekerja di sana.",
				sent.verifier().accountId());
		assertThat(mvc.post().uri("/assessor/verifications/{id}/verdicts", sent.submissionId())
			.param("itemCode", sent.claimed().get(0)).param("verdict", "ACCEPTED")
			.with(user(sent.verifier())).with(csrf())).hasStatus3xxRedirection()
			.flash().containsEntry("error", "verification.refused.conflict");
		assertThat(mvc.get().uri("/assessor/verifications/{id}", sent.submissionId()).with(user(sent.verifier())))
			.hasStatusOk().bodyText().contains("konflik kepentingan").doesNotContain("Simpan putusan");
		assertUntouched(sent);
	}

	@Test
	void aVerdictAfterTheVerificationWindowIsRefused() {
		var now = clock.instant();
		var body = submissionFixtures.participantInOwnCycle("BP_KHUSUS_KABKOTA", 2011, List.of(
				new StageWindow(Stage.SAQ, SubmissionFixtures.days(now, -20), SubmissionFixtures.days(now, 10)),
				new StageWindow(Stage.VERIFICATION, SubmissionFixtures.days(now, -15), SubmissionFixtures.days(now, -1))));
		var sent = fixtures.sent(body);
		assertThatThrownBy(() -> verification.judge(sent.verifier(), sent.submissionId(), sent.claimed().get(0),
				Verdict.ACCEPTED, null)).isInstanceOf(BusinessException.class)
			.extracting(ex -> ((BusinessException) ex).messageKey())
			.isEqualTo("verification.refused.windowClosed");
		assertThat(mvc.get().uri("/assessor/verifications/{id}", sent.submissionId()).with(user(sent.verifier())))
			.hasStatusOk().bodyText().contains("Masa verifikasi sudah ditutup");
		assertUntouched(sent);
	}

	@Test
	void anUnknownItemIsRefused() {
		var sent = fixtures.sent();
		assertThatThrownBy(() -> verification.judge(sent.verifier(), sent.submissionId(), "99.99", Verdict.ACCEPTED,
				null)).isInstanceOf(BusinessException.class).hasMessage("verification.refused.unknownItem");
		assertUntouched(sent);
	}

	@Test
	void verificationPagesAreForAssessorsOnly() {
		var sent = fixtures.sent();
		assertThat(mvc.get().uri("/assessor/verifications/{id}", sent.submissionId()).with(user(sent.respondent())))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/assessor/verifications")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/assessment/objections").with(user(sent.respondent())))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private void assertUntouched(VerificationFixtures.Sent sent) {
		assertThat(submissions.submission(sent.submissionId()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(jdbc.queryForObject("select count(*) from verification where submission_id = ?", Long.class,
				sent.submissionId())).isZero();
		assertThat(jdbc.queryForObject("select count(*) from stage_score where body_id = ?", Long.class,
				sent.body().getId())).isZero();
	}

}
