package id.monevkip.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.monevkip.IntegrationTest;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.EvidenceGateway;
import id.monevkip.submission.internal.SubmissionAnswerRepository;
import id.monevkip.submission.internal.SubmitService;
import id.monevkip.submission.internal.Workspace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The receipt of a sealed round: a page that is also the read-only view of everything sent, a real PDF of the same,
 * and the files as sent. Another body's receipt does not exist for the respondent (404).
 */
@IntegrationTest
class ReceiptTests {

	static final DateTimeFormatter SENT_AT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

	@Autowired
	MockMvcTester mvc;

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
	EvidenceGateway evidence;

	@Autowired
	SubmissionAnswerRepository stored;

	@Autowired
	Clock clock;

	@Test
	void theReceiptPdfIsARealPdfWithTheBodyTheSentAtTimeTheFileHashAndTheFingerprint() throws Exception {
		var sent = sentWithAFile("Rina");

		var result = mvc.get().uri("/respondent/submissions/{s}/receipts/1/pdf", sent.workspace.id())
			.with(user(sent.user)).exchange();

		assertThat(result).hasStatusOk().contentType().isCompatibleWith(MediaType.APPLICATION_PDF);
		var snapshot = management.latestSnapshot(sent.workspace.id()).orElseThrow();
		var number = submit.receipt(sent.user, sent.workspace.id(), 1).receiptNumber();
		assertThat(result).headers().hasValue("Content-Disposition",
				"attachment; filename=\"tanda-terima-" + number + ".pdf\"");
		var text = pdfText(result.getResponse().getContentAsByteArray());
		var sentAt = SENT_AT.format(LocalDateTime.ofInstant(snapshot.sealedAt(), Wita.ZONE));
		assertThat(text).contains("Tanda terima pengiriman SAQ", sent.bodyName, number, sentAt + " WITA",
				"Rina", snapshot.fingerprint(), sent.fileSha256, "SK PPID.pdf", sent.fileQuestion.code());
	}

	@Test
	void theReadOnlyViewShowsEveryAnswerAsSentWithItsFileAndOffersNothingToEdit() throws Exception {
		var sent = sentWithAFile("Rina");
		var page = mvc.get().uri("/respondent/submissions/{s}/receipts/1", sent.workspace.id()).with(user(sent.user))
			.exchange();

		var number = submit.receipt(sent.user, sent.workspace.id(), 1).receiptNumber();
		assertThat(page).hasStatusOk().bodyText()
			.contains(number, sent.bodyName, "53 dari 53", "Uraian pertama yang dikirim.", sent.fileSha256,
					"SK PPID.pdf", "/respondent/submissions/" + sent.workspace.id() + "/receipts/1/pdf")
			.doesNotContain("<textarea", "name=\"value\"", "type=\"file\"", "/answers/");
		for (var question : SubmissionWork.questions(sent.workspace)) {
			assertThat(page).bodyText().contains(">" + question.code() + "<");
		}

		var file = mvc.get().uri("/respondent/submissions/{s}/receipts/1/files/{f}", sent.workspace.id(), sent.fileId)
			.with(user(sent.user)).exchange();
		assertThat(file).hasStatusOk().contentType().isCompatibleWith(MediaType.APPLICATION_PDF);
		assertThat(SubmissionWork.sha256(file.getResponse().getContentAsByteArray())).isEqualTo(sent.fileSha256);
	}

	@Test
	void eachRoundsViewShowsWhatWasSentInThatRoundNotTheLaterAnswers() throws Exception {
		var sent = sentWithAFile("Rina");
		management.requestRevision(sent.workspace.id(), Set.of(sent.textQuestion.code()),
				clock.instant().plus(Duration.ofDays(7)), "Perbaiki uraian", sent.user.accountId());
		var version = stored.findBySubmissionIdAndQuestionId(sent.workspace.id(), sent.textQuestion.id()).orElseThrow()
			.getVersion();
		answers.save(sent.user, sent.workspace.id(), sent.textQuestion.id(), List.of("Uraian sesudah perbaikan."), version);
		assertThat(submit.submit(sent.user, sent.workspace.id()).sealed()).isTrue();

		var first = mvc.get().uri("/respondent/submissions/{s}/receipts/1", sent.workspace.id()).with(user(sent.user))
			.exchange();
		var second = mvc.get().uri("/respondent/submissions/{s}/receipts/2", sent.workspace.id()).with(user(sent.user))
			.exchange();

		assertThat(first).hasStatusOk().bodyText().contains("Uraian pertama yang dikirim.", "Pengiriman pertama")
			.doesNotContain("Uraian sesudah perbaikan.");
		assertThat(second).hasStatusOk().bodyText().contains("Uraian sesudah perbaikan.", "Pengiriman ke-2")
			.doesNotContain("Uraian pertama yang dikirim.");
	}

	@Test
	void anotherBodysReceiptItsPdfAndItsFilesAreNotFoundAndNeitherIsARoundNotSent() {
		var sent = sentWithAFile("Rina");
		var stranger = fixtures.respondent(fixtures.participant("PD_KABKOTA"), "Orang Lain");
		var base = "/respondent/submissions/" + sent.workspace.id() + "/receipts/";

		for (var uri : List.of(base + "1", base + "1/pdf", base + "1/files/" + sent.fileId)) {
			assertThat(mvc.get().uri(uri).with(user(stranger)).exchange()).as(uri).hasStatus(404)
				.bodyText().doesNotContain(sent.bodyName, "Uraian pertama yang dikirim.");
		}
		assertThat(mvc.get().uri(base + "2").with(user(sent.user)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(base + "2/pdf").with(user(sent.user)).exchange()).hasStatus(404);
	}

	/** A body's submission sent once: everything answered modestly, one free text, one file on a yes. */
	private Sent sentWithAFile(String name) {
		var body = fixtures.participant("PD_KABKOTA");
		var respondent = fixtures.respondent(body, name);
		var workspace = work.open(respondent);
		var fileQuestion = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var textQuestion = SubmissionWork.first(workspace, AnswerType.FREE_TEXT);
		work.fillAll(respondent, workspace, fileQuestion.code(), textQuestion.code());
		answers.save(respondent, workspace.id(), textQuestion.id(), List.of("Uraian pertama yang dikirim."), null);
		answers.save(respondent, workspace.id(), fileQuestion.id(), List.of("YES"), null);
		var bytes = SubmissionWork.pdf();
		answers.upload(respondent, workspace.id(), fileQuestion.id(),
				new EvidenceUpload("SK PPID.pdf", new ByteArrayResource(bytes)));
		assertThat(submit.submit(respondent, workspace.id()).sealed()).isTrue();
		var fileId = evidence.library(respondent, body.getId()).get(0).id();
		return new Sent(respondent, workspace, body.getName(), fileQuestion, textQuestion, fileId,
				SubmissionWork.sha256(bytes));
	}

	private record Sent(CurrentUser user, Workspace workspace, String bodyName, QuestionView fileQuestion,
			QuestionView textQuestion, long fileId, String fileSha256) {
	}

	/** The text of every page, as OpenPDF reads it back. */
	private static String pdfText(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		var reader = new PdfReader(pdf);
		try {
			var extractor = new PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
