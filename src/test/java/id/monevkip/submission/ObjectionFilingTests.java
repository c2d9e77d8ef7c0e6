package id.monevkip.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.submission.internal.SubmissionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A verified submission in a cycle whose objection window is open now: one objection per item, with evidence. */
@IntegrationTest
class ObjectionFilingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	SubmissionRepository submissions;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void duringTheObjectionWindowTheBodyFilesOneObjectionPerItemWithItsEvidence() {
		var now = clock.instant();
		var body = fixtures.participantInOwnCycle("BLUD", 2002, objectionOpen(now));
		var respondent = fixtures.respondent(body, "Dewi");
		var workspace = work.open(respondent);
		// Sent and verified earlier in the cycle (the assessment module's work), set here directly.
		transaction.executeWithoutResult(status -> {
			var submission = submissions.findById(workspace.id()).orElseThrow();
			submission.seal("Dewi", now.minus(Duration.ofDays(40)));
			submission.markVerified();
		});
		var question = SubmissionWork.questions(workspace).get(0);
		var file = evidence.upload(respondent, body.getId(),
				new EvidenceUpload("bukti-sanggah.pdf", new ByteArrayResource(SubmissionWork.pdf()))).file();

		var form = mvc.get().uri("/respondent/submissions/{s}/objections", workspace.id()).with(user(respondent)).exchange();
		assertThat(form).hasStatusOk().bodyText().contains("Ajukan sanggahan", "bukti-sanggah.pdf");

		var noReason = mvc.post().uri("/respondent/submissions/{s}/objections", workspace.id())
			.param("questionId", String.valueOf(question.id())).param("reason", " ").with(user(respondent)).with(csrf()).exchange();
		assertThat(noReason).flash().containsEntry("error", "submission.objection.reasonRequired");

		var filed = mvc.post().uri("/respondent/submissions/{s}/objections", workspace.id())
			.param("questionId", String.valueOf(question.id()))
			.param("reason", "SK PPID sudah diunggah di pustaka, mohon diperiksa ulang.")
			.param("fileIds", String.valueOf(file.id())).with(user(respondent)).with(csrf()).exchange();
		assertThat(filed).flash().containsEntry("message", "submission.objection.filed");
		assertThat(work.count("select count(*) from objection o join objection_evidence e on e.objection_id = o.id"
				+ " where o.submission_id = ? and e.file_id = ?", workspace.id(), file.id())).isEqualTo(1);

		var twice = mvc.post().uri("/respondent/submissions/{s}/objections", workspace.id())
			.param("questionId", String.valueOf(question.id())).param("reason", "Lagi").with(user(respondent))
			.with(csrf()).exchange();
		assertThat(twice).flash().containsEntry("error", "submission.objection.duplicate");

		var stranger = fixtures.respondent(fixtures.participant("PD_KABKOTA"), "Orang Lain");
		var foreignFile = evidence.upload(stranger, stranger.bodyId(),
				new EvidenceUpload("lain.pdf", new ByteArrayResource(SubmissionWork.pdf()))).file();
		var withForeignFile = mvc.post().uri("/respondent/submissions/{s}/objections", workspace.id())
			.param("questionId", String.valueOf(SubmissionWork.questions(workspace).get(1).id())).param("reason", "Alasan")
			.param("fileIds", String.valueOf(foreignFile.id())).with(user(respondent)).with(csrf()).exchange();
		assertThat(withForeignFile).hasStatus(404);
		assertThat(work.count("select count(*) from objection where submission_id = ?", workspace.id())).isEqualTo(1);

		var home = mvc.get().uri("/respondent").with(user(respondent)).exchange();
		assertThat(home).bodyText().contains("Selesai diverifikasi", "Diajukan, menunggu keputusan");
	}

	/** A cycle past verification, with the objection window open since yesterday. */
	private static List<StageWindow> objectionOpen(Instant now) {
		return List.of(new StageWindow(Stage.REGISTRATION, SubmissionFixtures.days(now, -70), SubmissionFixtures.days(now, -50)),
				new StageWindow(Stage.SAQ, SubmissionFixtures.days(now, -60), SubmissionFixtures.days(now, -40)),
				new StageWindow(Stage.VERIFICATION, SubmissionFixtures.days(now, -39), SubmissionFixtures.days(now, -15)),
				new StageWindow(Stage.REVISION, SubmissionFixtures.days(now, -14), SubmissionFixtures.days(now, -5)),
				new StageWindow(Stage.OBJECTION, SubmissionFixtures.days(now, -1), SubmissionFixtures.days(now, 6)),
				new StageWindow(Stage.PRESENTATION, SubmissionFixtures.days(now, 7), SubmissionFixtures.days(now, 14)),
				new StageWindow(Stage.VISITATION, SubmissionFixtures.days(now, 15), SubmissionFixtures.days(now, 29)),
				new StageWindow(Stage.DETERMINATION, SubmissionFixtures.days(now, 30), SubmissionFixtures.days(now, 36)),
				new StageWindow(Stage.AWARD, SubmissionFixtures.days(now, 37), SubmissionFixtures.days(now, 37).plus(Duration.ofHours(4))));
	}


}
