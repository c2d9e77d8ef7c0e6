package id.monevkip.guidance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Guide documents: the type is sniffed from the bytes (a program named .pdf is refused), size is capped, the file
 * comes back byte-identical under its own name to everyone it applies to and to nobody else.
 */
@IntegrationTest
class GuideFileTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	GuidanceManagement guidance;

	@Autowired
	UserDetailsService users;

	@Autowired
	AppProperties properties;

	GuidanceTree tree;

	@BeforeEach
	void grow() {
		tree = GuidanceTree.grow(fixtures);
	}

	@Test
	void storedPdfDownloadsByteIdenticalWithItsNameAndSafeHeaders() throws Exception {
		var bytes = pdf(tree.title("Juknis"));
		var id = upload(tree.kukarCoordinator(), tree.title("Juknis"), "Panduan – Desa Pela.pdf", bytes);

		var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(Files.readAllBytes(properties.dataDir().resolve("guidance").resolve(sha))).isEqualTo(bytes);

		var download = mvc.get().uri("/guidance/files/{id}", id).with(user(tree.respondent())).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(bytes);
		assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("filename*=UTF-8''Panduan%20%E2%80%93%20Desa%20Pela.pdf");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		var view = guidance.forBody(tree.cycleId(), tree.kukarVillage().getId()).guides().stream()
			.filter(g -> g.id() == id).findFirst().orElseThrow();
		assertThat(view.sizeBytes()).isEqualTo(bytes.length);
		assertThat(view.fileName()).isEqualTo("Panduan – Desa Pela.pdf");
	}

	@Test
	void onlyThoseTheGuideAppliesToMayDownloadIt() {
		var kukars = upload(tree.kukarCoordinator(), tree.title("Khusus Kukar"), "khusus.pdf", pdf("Khusus"));
		var siblings = upload(tree.siblingCoordinator(), tree.title("Khusus saudara"), "saudara.pdf", pdf("Saudara"));
		var admin = (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
		var commissioner = (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");

		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(tree.kukarCoordinator()))).hasStatusOk();
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(tree.respondent()))).hasStatusOk();
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(tree.siblingCoordinator()))).hasStatusOk();
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(admin))).hasStatusOk();
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(commissioner))).hasStatusOk();
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(tree.kutimCoordinator()))).hasStatus(404);
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars).with(user(tree.kutimRespondent()))).hasStatus(404);
		assertThat(mvc.get().uri("/guidance/files/{id}", kukars)).hasStatus3xxRedirection();

		// a sibling's guide is for the sibling's subtree only: not for the dinas beside it, nor for the coordinator above
		assertThat(mvc.get().uri("/guidance/files/{id}", siblings).with(user(tree.siblingCoordinator()))).hasStatusOk();
		assertThat(mvc.get().uri("/guidance/files/{id}", siblings).with(user(tree.respondent()))).hasStatus(404);
		assertThat(mvc.get().uri("/guidance/files/{id}", siblings).with(user(tree.kukarCoordinator()))).hasStatus(404);
	}

	@Test
	void programRenamedToPdfIsRefusedAndNothingIsStored() throws IOException {
		var program = new byte[2048];
		program[0] = 'M';
		program[1] = 'Z';
		var before = guideFiles();

		var result = mvc.post().uri("/coordinator/guidance/guides").multipart()
			.file(new MockMultipartFile("file", "juknis.pdf", "application/pdf", program))
			.param("title", tree.title("Palsu"))
			.with(user(tree.kukarCoordinator()))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk().hasViewName("guidance/guide");
		assertThat(result).bodyText().contains("Jenis berkas ini tidak diterima.", tree.title("Palsu"));
		assertThat(titles()).doesNotContain(tree.title("Palsu"));
		assertThat(guideFiles()).isEqualTo(before);
	}

	@Test
	void tooLargeEmptyOrMissingFileIsRefused() {
		var large = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(pdf("x"), 0, large, 0, 20);
		var tooLarge = mvc.post().uri("/coordinator/guidance/guides?lang=en").multipart()
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
			.param("title", tree.title("Besar")).with(user(tree.kukarCoordinator())).with(csrf()).exchange();
		assertThat(tooLarge).hasStatusOk().bodyText().contains("The file is too large. At most 20 MB.");

		var empty = mvc.post().uri("/coordinator/guidance/guides").multipart()
			.file(new MockMultipartFile("file", "kosong.pdf", "application/pdf", new byte[0]))
			.param("title", tree.title("Kosong")).with(user(tree.kukarCoordinator())).with(csrf()).exchange();
		assertThat(empty).hasStatusOk().bodyText().contains("Pilih berkas yang akan diunggah.");

		var noTitle = mvc.post().uri("/coordinator/guidance/guides").multipart()
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf("a")))
			.param("title", "").with(user(tree.kukarCoordinator())).with(csrf()).exchange();
		assertThat(noTitle).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("title");
		assertThat(titles()).doesNotContain(tree.title("Besar"), tree.title("Kosong"));
	}

	@Test
	void officeDocumentIsAcceptedWithItsOwnType() throws IOException {
		var id = upload(tree.kukarCoordinator(), tree.title("Formulir"), "formulir.docx", docx());
		var download = mvc.get().uri("/guidance/files/{id}", id).with(user(tree.respondent())).exchange();
		assertThat(download).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void deletingTheLastGuideWithTheBytesRemovesTheFile() throws Exception {
		var bytes = pdf(tree.title("Sekali pakai"));
		var sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		var first = upload(tree.kukarCoordinator(), tree.title("Satu"), "a.pdf", bytes);
		var second = upload(tree.siblingCoordinator(), tree.title("Dua"), "b.pdf", bytes);
		var file = properties.dataDir().resolve("guidance").resolve(sha);

		assertThat(mvc.post().uri("/coordinator/guidance/guides/{id}/delete", first).with(user(tree.kukarCoordinator()))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(file).exists();
		assertThat(mvc.get().uri("/guidance/files/{id}", second).with(user(tree.siblingCoordinator()))).hasStatusOk();
		assertThat(mvc.post().uri("/coordinator/guidance/guides/{id}/delete", second)
			.with(user(tree.siblingCoordinator())).with(csrf())).hasStatus3xxRedirection();
		assertThat(file).doesNotExist();
	}

	@Test
	void coordinatorRenamesOnlyItsOwnGuide() {
		var id = upload(tree.kukarCoordinator(), tree.title("Nama lama"), "a.pdf", pdf(tree.title("ganti")));
		assertThat(mvc.post().uri("/coordinator/guidance/guides/{id}", id).param("title", "Dibajak")
			.with(user(tree.siblingCoordinator())).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/coordinator/guidance/guides/{id}", id).param("title", tree.title("Nama baru"))
			.with(user(tree.kukarCoordinator())).with(csrf())).hasStatus3xxRedirection();
		assertThat(titles()).contains(tree.title("Nama baru")).doesNotContain(tree.title("Nama lama"), "Dibajak");
	}

	private long upload(CurrentUser coordinator, String title, String fileName, byte[] bytes) {
		assertThat(mvc.post().uri("/coordinator/guidance/guides").multipart()
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
			.param("title", title)
			.with(user(coordinator))
			.with(csrf())).hasStatus3xxRedirection();
		return guidance.forBody(tree.cycleId(), coordinator.bodyId()).guides().stream()
			.filter(g -> g.title().equals(title)).findFirst().orElseThrow().id();
	}

	private java.util.List<String> titles() {
		return guidance.forBody(tree.cycleId(), tree.kukarVillage().getId()).guides().stream()
			.map(GuideView::title).toList();
	}

	private long guideFiles() throws IOException {
		var dir = properties.dataDir().resolve("guidance");
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	static byte[] pdf(String title) {
		var content = "BT /F1 14 Tf 72 720 Td (" + title + ") Tj ET";
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
				+ "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
				+ "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
	}

	/** The smallest zip that tools recognise as Office Open XML: content types first, then the document. */
	static byte[] docx() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
