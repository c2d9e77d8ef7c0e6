package id.monevkip.submission;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import id.monevkip.IntegrationTest;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.submission.internal.AnswerService;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ConcurrentAttachTests {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	EvidenceManagement evidence;

	@RepeatedTest(3)
	void twoPeopleAttachingTheSameFileAtOnceMakeOneAnswerAndOneAttachment() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var first = fixtures.respondent(body, "Ani");
		var second = fixtures.respondent(body, "Budi");
		var workspace = work.open(first);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var file = evidence.upload(first, body.getId(),
				new EvidenceUpload("sk.pdf", new ByteArrayResource(SubmissionWork.pdf()))).file();
		var start = new CountDownLatch(1);

		var a = CompletableFuture.runAsync(() -> {
			await(start);
			answers.attachFile(first, workspace.id(), question.id(), file.id(), false);
		});
		var b = CompletableFuture.runAsync(() -> {
			await(start);
			answers.attachFile(second, workspace.id(), question.id(), file.id(), false);
		});
		start.countDown();
		CompletableFuture.allOf(a, b).get();

		assertThat(work.count("select count(*) from submission_answer where submission_id = ? and question_id = ?",
				workspace.id(), question.id())).isEqualTo(1);
		assertThat(work.count("select count(*) from answer_evidence e join submission_answer s on s.id = e.answer_id"
				+ " where s.submission_id = ? and e.file_id = ?", workspace.id(), file.id())).isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
