package id.monevkip.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import id.monevkip.IntegrationTest;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.Workspace;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The tus endpoints of a question and of the library, through the real security and the real evidence store: a
 * file sent in parts is stored only when its last byte arrives and then exactly like a file of the plain form;
 * every refusal says why in the user's language and leaves nothing behind; nobody but the uploader sees it.
 */
@IntegrationTest
class ResumableUploadTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Test
	void aFileSentInPartsIsStoredAndAttachedWhenItsLastPartArrives() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var before = work.footprint(workspace.id(), body.getId());
		var pdf = largePdf(300_000);

		var created = create(rina, questionUploads(workspace, question.id()), pdf.length, "laporan tahunan.pdf",
				SubmissionWork.sha256(pdf));
		assertThat(created).hasStatus(201);
		var location = created.getResponse().getHeader("Location");
		assertThat(location).startsWith(questionUploads(workspace, question.id()) + "/");

		assertThat(patch(rina, location, 0, Arrays.copyOfRange(pdf, 0, 120_000))).hasStatus(204)
			.headers().hasValue("Upload-Offset", "120000");
		// The connection dropped here: the page asks where to continue.
		assertThat(head(rina, location)).hasStatus(204).headers().hasValue("Upload-Offset", "120000")
			.hasValue("Upload-Length", String.valueOf(pdf.length));
		assertThat(work.footprint(workspace.id(), body.getId())).as("nothing stored before the last byte")
			.isEqualTo(before);
		assertThat(patch(rina, location, 120_000, Arrays.copyOfRange(pdf, 120_000, 200_000))).hasStatus(204);

		var finished = patch(rina, location, 200_000, Arrays.copyOfRange(pdf, 200_000, pdf.length));

		assertThat(finished).hasStatus(200).bodyText().contains("laporan tahunan.pdf", "terunggah dan dilampirkan");
		assertThat(finished).contentType().isCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(work.names("select original_name from evidence_file where body_id = ? and sha256 = ?", body.getId(),
				SubmissionWork.sha256(pdf)))
			.containsExactly("laporan tahunan.pdf");
		assertThat(work.count("select count(*) from answer_evidence e join submission_answer a on a.id = e.answer_id"
				+ " join evidence_file f on f.id = e.file_id where a.submission_id = ? and f.sha256 = ?", workspace.id(),
				SubmissionWork.sha256(pdf)))
			.isEqualTo(1);
		assertThat(head(rina, location)).as("the part is removed once stored").hasStatus(404);
	}

	@Test
	void aPartAtAnotherOffsetThanTheServerHasIsRefusedAndChangesNothing() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var pdf = largePdf(50_000);
		var location = create(rina, questionUploads(workspace, question.id()), pdf.length, "a.pdf", null).getResponse()
			.getHeader("Location");
		patch(rina, location, 0, Arrays.copyOfRange(pdf, 0, 10_000));

		var forged = patch(rina, location, 20_000, Arrays.copyOfRange(pdf, 20_000, 30_000));

		assertThat(forged).hasStatus(409).bodyText().contains("Posisi lanjutan tidak cocok");
		assertThat(head(rina, location)).headers().hasValue("Upload-Offset", "10000");
	}

	@Test
	void aDamagedPartIsRefusedByItsChecksumAndNotKept() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var pdf = largePdf(50_000);
		var location = create(rina, questionUploads(workspace, question.id()), pdf.length, "a.pdf", null).getResponse()
			.getHeader("Location");
		var part = Arrays.copyOfRange(pdf, 0, 10_000);
		var checksumOfOtherBytes = Base64.getEncoder()
			.encodeToString(MessageDigest.getInstance("SHA-1").digest(Arrays.copyOfRange(pdf, 1, 10_001)));

		var damaged = mvc.patch().uri(location).header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0")
			.header("Upload-Checksum", "sha1 " + checksumOfOtherBytes).header("Content-Length", String.valueOf(part.length))
			.contentType("application/offset+octet-stream").content(part).with(user(rina)).with(csrf()).exchange();

		assertThat(damaged).hasStatus(460).bodyText().contains("rusak di perjalanan");
		assertThat(head(rina, location)).headers().hasValue("Upload-Offset", "0");
	}

	@Test
	void nobodyButTheUploaderCanSeeOrTouchTheUpload() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var colleague = fixtures.respondent(body, "Budi");
		var stranger = fixtures.respondent(fixtures.participant("PD_KABKOTA"), "Sari");
		var workspace = work.open(rina);
		var strangersWorkspace = work.open(stranger);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var pdf = largePdf(20_000);
		var location = create(rina, questionUploads(workspace, question.id()), pdf.length, "rahasia.pdf", null)
			.getResponse().getHeader("Location");
		var id = location.substring(location.lastIndexOf('/') + 1);

		assertThat(head(stranger, location)).hasStatus(404);
		assertThat(patch(stranger, location, 0, pdf)).hasStatus(404);
		assertThat(mvc.delete().uri(location).header("Tus-Resumable", "1.0.0").with(user(stranger)).with(csrf()))
			.hasStatus(404);
		// The same id under the stranger's own question or library is not the upload either.
		var strangersQuestion = SubmissionWork.yesNo(strangersWorkspace, EvidenceRequirement.FILE, 0);
		assertThat(head(stranger, questionUploads(strangersWorkspace, strangersQuestion.id()) + "/" + id)).hasStatus(404);
		assertThat(head(stranger, "/evidence/bodies/" + stranger.bodyId() + "/uploads/" + id)).hasStatus(404);
		assertThat(head(colleague, location)).as("a colleague of the same body has their own uploads").hasStatus(404);
		assertThat(head(rina, "/evidence/bodies/" + rina.bodyId() + "/uploads/" + id))
			.as("an upload to a question is not an upload to the library").hasStatus(404);
		assertThat(create(stranger, "/evidence/bodies/" + rina.bodyId() + "/uploads", 10, "x.pdf", null)).hasStatus(404);

		assertThat(head(rina, location)).hasStatus(204).headers().hasValue("Upload-Offset", "0");
	}

	@Test
	void aFileOverTheQuestionsLimitIsRefusedBeforeAnyByteIsSent() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		long limit = Math.min(question.maxFileMb(), 20) * 1024L * 1024L;

		var tooLarge = create(rina, questionUploads(workspace, question.id()), limit + 1, "besar.pdf", null);

		assertThat(tooLarge).hasStatus(413).bodyText().contains("lebih besar dari " + Math.min(question.maxFileMb(), 20) + " MB");
		assertThat(tooLarge.getResponse().getHeader("Location")).isNull();
		assertThat(create(rina, questionUploads(workspace, question.id()), 0, "kosong.pdf", null)).hasStatus(422)
			.bodyText().contains("berkasnya kosong");
	}

	@Test
	void aProgramIsRefusedWhenItsLastByteArrivesAndNothingIsKept() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var before = work.footprint(workspace.id(), body.getId());
		var exe = AnswerEvidenceTests.EXE;
		var location = create(rina, questionUploads(workspace, question.id()), exe.length, "laporan.pdf", null)
			.getResponse().getHeader("Location");

		assertThat(patch(rina, location, 0, exe)).hasStatus(422).bodyText().contains("program komputer");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
		assertThat(head(rina, location)).hasStatus(404);
	}

	@Test
	void bytesThatDoNotMakeUpTheDeclaredFileAreRefusedAndNothingIsKept() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var workspace = work.open(rina);
		var question = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var before = work.footprint(workspace.id(), body.getId());
		var declared = largePdf(30_000);
		var changed = largePdf(30_000);
		changed[20_000] ^= 1; // the padding of both is the same; only this byte tells the changed file apart
		var location = create(rina, questionUploads(workspace, question.id()), declared.length, "a.pdf",
				SubmissionWork.sha256(declared)).getResponse().getHeader("Location");
		patch(rina, location, 0, Arrays.copyOfRange(declared, 0, 15_000));

		// The page was reloaded and a file of the same name and size, changed meanwhile, continued the upload.
		var resumed = patch(rina, location, 15_000, Arrays.copyOfRange(changed, 15_000, changed.length));

		assertThat(resumed).hasStatus(422).bodyText().contains("tidak sama dengan bagian yang sudah terkirim");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
		assertThat(head(rina, location)).hasStatus(404);
	}

	@Test
	void anUploadIntoTheLibraryIsStoredOnceLikeAPlainOne() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var pdf = largePdf(40_000);
		var uploads = "/evidence/bodies/" + body.getId() + "/uploads";

		var location = create(rina, uploads, pdf.length, "sk ppid.pdf", null).getResponse().getHeader("Location");
		assertThat(patch(rina, location, 0, Arrays.copyOfRange(pdf, 0, 25_000))).hasStatus(204);
		assertThat(patch(rina, location, 25_000, Arrays.copyOfRange(pdf, 25_000, pdf.length))).hasStatus(200).bodyText()
			.contains("tersimpan di pustaka");
		var again = create(rina, uploads, pdf.length, "salinan.pdf", null).getResponse().getHeader("Location");
		assertThat(patch(rina, again, 0, pdf)).hasStatus(200).bodyText().contains("sudah ada di pustaka");

		assertThat(work.names("select original_name || ':' || content_type from evidence_file where body_id = ?",
				body.getId()))
			.containsExactly("sk ppid.pdf:application/pdf");
	}

	@Test
	void theEndpointDescribesItselfAndAnswersInEnglishWhenAsked() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = fixtures.respondent(body, "Rina");
		var uploads = "/evidence/bodies/" + body.getId() + "/uploads";

		assertThat(mvc.options().uri(uploads).header("Tus-Resumable", "1.0.0").with(user(rina))).hasStatus(204)
			.headers().hasValue("Tus-Version", "1.0.0").containsHeader("Tus-Extension");
		assertThat(mvc.post().uri(uploads).header("Tus-Resumable", "1.0.0").header("Upload-Length", "999999999")
			.cookie(new Cookie("lang", "en")).with(user(rina)).with(csrf())).hasStatus(413).bodyText()
			.contains("larger than 20 MB");
	}

	private MvcTestResult create(CurrentUser user, String uri, long length, String name, @Nullable String sha256) {
		var metadata = "filename " + base64(name) + (sha256 == null ? "" : ",sha256 " + base64(sha256));
		return mvc.post().uri(uri).header("Tus-Resumable", "1.0.0").header("Upload-Length", String.valueOf(length))
			.header("Upload-Metadata", metadata).with(user(user)).with(csrf()).exchange();
	}

	private MvcTestResult patch(CurrentUser user, String location, long offset, byte[] bytes) {
		return mvc.patch().uri(location).header("Tus-Resumable", "1.0.0").header("Upload-Offset", String.valueOf(offset))
			.header("Content-Length", String.valueOf(bytes.length)).contentType("application/offset+octet-stream")
			.content(bytes).with(user(user)).with(csrf()).exchange();
	}

	private MvcTestResult head(CurrentUser user, String location) {
		return mvc.head().uri(location).header("Tus-Resumable", "1.0.0").with(user(user)).exchange();
	}

	private static String questionUploads(Workspace workspace, long questionId) {
		return "/respondent/submissions/" + workspace.id() + "/answers/" + questionId + "/uploads";
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	/** A valid PDF of about this size whose bytes are unique. */
	static byte[] largePdf(int size) {
		var head = SubmissionWork.pdf();
		var bytes = Arrays.copyOf(head, Math.max(size, head.length));
		for (int i = head.length; i < bytes.length; i++) {
			bytes[i] = (byte) ('a' + i % 26);
		}
		return bytes;
	}

}
