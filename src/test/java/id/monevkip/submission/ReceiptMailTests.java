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
		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> received = List.of();
		while (System.nanoTime() < deadline) {
			received = java.util.Arrays.stream(greenMail.getReceivedMessages())
				.filter(m -> {
					try {
						return GreenMailUtil.getAddressList(m.getAllRecipients()).contains(colleague.email());
					}
					catch (jakarta.mail.MessagingException ex) {
						return false;
					}
				})
				.map(GreenMailUtil::getBody)
				.toList();
			if (!received.isEmpty()) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(received).singleElement().asString()
			.contains(outcome.snapshot().getFingerprint(), body.getName(),
					"/respondent/submissions/" + workspace.id() + "/receipts/1");
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
