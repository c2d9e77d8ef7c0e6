package id.monevkip.submission;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmitService;
import id.monevkip.submission.internal.Workspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ReceiptMailTests {

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Autowired
	GreenMail greenMail;

	@Autowired
	SubmissionManagement management;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void sendingMailsTheReceiptWithTheFingerprintToTheBodysRespondents() throws Exception {
		var body = fixtures.participant("DESA");
		var filler = fixtures.respondent(body, "Pak Kades");
		var colleague = fixtures.respondent(body, "Bu Sekdes");
		var workspace = ((Workspaces.Entry.Ready) workspaces.current(filler)).workspace();
		workspace.instrument().indicators().stream().flatMap(i -> i.questions().stream())
			.forEach(q -> answers.save(filler, workspace.id(), q.id(), nothingClaimed(q), null));

		var outcome = submit.submit(filler, workspace.id());

		assertThat(outcome.sealed()).isTrue();
		assertThat(mailsTo(colleague.email(), 1)).singleElement().asString()
			.contains(outcome.snapshot().getFingerprint(), body.getName(),
					"/respondent/submissions/" + workspace.id() + "/receipts/1");
		// Handled events are deleted, not kept (completion mode "delete").
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long kept;
		do {
			kept = jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
					"%\"submissionId\":" + workspace.id() + ",%");
			Thread.sleep(100);
		}
		while (kept > 0 && System.nanoTime() < deadline);
		assertThat(kept).isZero();
	}

	@Test
	void aRevisionRequestMailsTheQuestionsDeadlineAndMessage() throws Exception {
		var body = fixtures.participant("DESA");
		var filler = fixtures.respondent(body, "Pak Kades");
		var workspace = ((Workspaces.Entry.Ready) workspaces.current(filler)).workspace();
		var questions = workspace.instrument().indicators().stream().flatMap(i -> i.questions().stream()).toList();
		questions.forEach(q -> answers.save(filler, workspace.id(), q.id(), nothingClaimed(q), null));
		submit.submit(filler, workspace.id());

		management.requestRevision(workspace.id(), java.util.Set.of(questions.get(0).code()),
				java.time.Instant.now().plus(Duration.ofDays(3)), "Unggah SK PPID yang ditandatangani.", filler.accountId());

		assertThat(mailsTo(filler.email(), 2)).anySatisfy(mail -> assertThat(mail)
			.contains("Unggah SK PPID yang ditandatangani.", questions.get(0).code(), "/respondent"));
	}

	@Test
	void aRevisionRequestMailListsEachReopenedQuestionWithTheAssessorsComment() throws Exception {
		var body = fixtures.participant("DESA");
		var filler = fixtures.respondent(body, "Bu Kaur");
		var workspace = ((Workspaces.Entry.Ready) workspaces.current(filler)).workspace();
		var questions = workspace.instrument().indicators().stream().flatMap(i -> i.questions().stream()).toList();
		questions.forEach(q -> answers.save(filler, workspace.id(), q.id(), nothingClaimed(q), null));
		submit.submit(filler, workspace.id());
		var first = questions.get(0);
		var second = questions.get(1);

		management.requestRevision(workspace.id(), new java.util.LinkedHashSet<>(List.of(first.code(), second.code())),
				java.util.Map.of(first.code(), "Lampirkan SK yang sudah ditandatangani kepala desa."),
				java.time.Instant.now().plus(Duration.ofDays(3)), "Mohon perbaiki dua jawaban.", filler.accountId());

		assertThat(mailsTo(filler.email(), 2)).anySatisfy(mail -> assertThat(mail.replaceAll("\\s+", " "))
			.contains("- " + first.code() + " " + first.text().replaceAll("\\s+", " "),
					"Catatan penilai: Lampirkan SK yang sudah ditandatangani kepala desa.",
					"- " + second.code() + " " + second.text().replaceAll("\\s+", " "), "Mohon perbaiki dua jawaban."));
	}

	private List<String> mailsTo(String address, int atLeast) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> received = List.of();
		while (System.nanoTime() < deadline) {
			received = java.util.Arrays.stream(greenMail.getReceivedMessages())
				.filter(m -> {
					try {
						return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(address);
					}
					catch (jakarta.mail.MessagingException ex) {
						return false;
					}
				})
				.map(ReceiptMailTests::text)
				.toList();
			if (received.size() >= atLeast) {
				break;
			}
			Thread.sleep(100);
		}
		return received;
	}

	/** The mail's text as the reader sees it (transfer encoding undone). */
	private static String text(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getContent() instanceof String text ? text : GreenMailUtil.getBody(message);
		}
		catch (Exception ex) {
			return GreenMailUtil.getBody(message);
		}
	}

	/** An answer that needs no evidence, so that the questionnaire is complete without uploads. */
	static List<String> nothingClaimed(QuestionView q) {
		return switch (q.answerType()) {
			case YES_NO -> List.of("NO");
			case SINGLE_CHOICE -> List.of(q.options().stream().filter(o -> o.fraction().signum() == 0).findFirst()
				.orElse(q.options().get(0)).code());
			case CHECKLIST -> List.of();
			case NUMBER -> List.of("0");
			case FREE_TEXT -> List.of("Belum ada kegiatan.");
		};
	}

}
