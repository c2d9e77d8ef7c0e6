package id.monevkip.evidence.file;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class EvidenceControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	BodyCategoryRepository categories;

	@Autowired
	AccountRepository accounts;

	@Autowired
	EvidenceFileRepository files;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	Clock clock;

	final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	CurrentUser respondent;

	CurrentUser otherRespondent;

	@BeforeEach
	void setUp() {
		respondent = respondentOf(body("A"));
		otherRespondent = respondentOf(body("B"));
	}

	@Test
	void anUploadedPdfIsListedAndTheSameFileAgainStaysOneItem() {
		var pdf = pdf("laporan " + tag + ".txt");

		var first = mvc.post().uri("/evidence").multipart().file(pdf).with(user(respondent)).with(csrf()).exchange();
		assertThat(first).hasStatus(HttpStatus.FOUND).flash().containsKey("outcomes");
		var again = mvc.post().uri("/evidence").multipart().file(pdf("salinan " + tag + ".pdf")).with(user(respondent))
				.with(csrf()).exchange();
		assertThat(again).flash().extractingByKey("outcomes").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.singleElement().extracting("messageKey").isEqualTo("evidence.upload.already");

		var library = files.findByBodyIdOrderByUploadedAtDescIdDesc(respondent.bodyId());
		assertThat(library).singleElement().satisfies(f -> {
			assertThat(f.getContentType()).isEqualTo("application/pdf");
			assertThat(f.getOriginalName()).isEqualTo("laporan " + tag + ".txt");
		});
		assertThat(mvc.get().uri("/evidence").with(user(respondent))).hasStatusOk().bodyText()
				.contains("laporan " + tag + ".txt").contains("/evidence/" + library.get(0).getId()).contains("WITA");
	}

	@Test
	void aPdfIsShownInlineWithTheNameFromTheLibraryAndNoSniffing() {
		var id = upload(respondent, pdf("Laporan Tahunan " + tag + " é.pdf"));

		var result = mvc.get().uri("/evidence/" + id).with(user(respondent)).exchange();

		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		assertThat(result).headers().hasValue("X-Content-Type-Options", "nosniff");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline")
				.contains("filename*=UTF-8''Laporan%20Tahunan%20" + tag + "%20%C3%A9.pdf");
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF_BYTES);
	}

	@Test
	void anOfficeDocumentIsDownloadedAsAttachment() throws Exception {
		var docx = new MockMultipartFile("files", "notulen-" + tag + ".docx", "application/octet-stream",
				EvidenceTypesTests.ooxml("word/document.xml"));
		var id = upload(respondent, docx);

		var result = mvc.get().uri("/evidence/" + id).with(user(respondent)).exchange();

		assertThat(result).hasStatusOk()
				.hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
	}

	@Test
	void anotherBodysRespondentGetsNotFound() {
		var id = upload(respondent, pdf("rahasia-" + tag + ".pdf"));

		assertThat(mvc.get().uri("/evidence/" + id).with(user(otherRespondent))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/evidence?body=" + respondent.bodyId()).with(user(otherRespondent)))
				.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aRefusedFileIsReportedInEnglishAndNothingIsStored() {
		var html = new MockMultipartFile("files", "halaman-" + tag + ".pdf", "application/pdf",
				"<!DOCTYPE html><html><body><p>hi</p></body></html>".getBytes(StandardCharsets.UTF_8));
		var empty = new MockMultipartFile("files", "kosong-" + tag + ".pdf", "application/pdf", new byte[0]);

		var result = mvc.post().uri("/evidence").multipart().file(html).file(empty).with(user(respondent)).with(csrf())
				.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(files.findByBodyIdOrderByUploadedAtDescIdDesc(respondent.bodyId())).isEmpty();

		var page = mvc.get().uri("/evidence?lang=en").with(user(respondent)).flashAttrs(result.getMvcResult().getFlashMap())
				.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("refused: this file is a web page")
				.contains("refused: the file is empty").contains("halaman-" + tag + ".pdf");
	}

	@Test
	void aCoordinatorUploadsForABodyBelowThemAndSeesItsLibrary() {
		var parent = body("P");
		var child = body("C");
		child.placeUnder(parent);
		bodies.save(child);
		var coordinator = new CurrentUser(respondent.accountId(), respondent.email(), "Koordinator", "{noop}not-used",
				parent.getId(), Set.of(Role.COORDINATOR), true, false, false);

		var result = mvc.post().uri("/evidence?body=" + child.getId()).multipart().file(pdf("anak-" + tag + ".pdf"))
				.with(user(coordinator)).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/evidence?body=" + child.getId());
		assertThat(files.findByBodyIdOrderByUploadedAtDescIdDesc(child.getId())).hasSize(1);
		assertThat(mvc.get().uri("/evidence?body=" + child.getId()).with(user(coordinator))).hasStatusOk().bodyText()
				.contains("anak-" + tag + ".pdf");
		assertThat(mvc.post().uri("/evidence?body=" + respondent.bodyId()).multipart().file(pdf("luar-" + tag + ".pdf"))
				.with(user(coordinator)).with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aScriptedUploadIsAnsweredWithShortTextAndARefusalWith422InTheUsersLanguage() {
		var ok = mvc.post().uri("/evidence").multipart().file(pdf("skrip-" + tag + ".pdf"))
				.header("X-Requested-With", "XMLHttpRequest").with(user(respondent)).with(csrf()).exchange();
		assertThat(ok).hasStatusOk().hasContentType("text/plain;charset=UTF-8").bodyText().isEqualTo("tersimpan di pustaka.");

		var program = new MockMultipartFile("files", "setup-" + tag + ".pdf", "application/pdf",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 });
		var refused = mvc.post().uri("/evidence?lang=en").multipart().file(program)
				.header("X-Requested-With", "XMLHttpRequest").with(user(respondent)).with(csrf()).exchange();
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType("text/plain;charset=UTF-8")
				.bodyText().startsWith("refused: this file is a computer program");
		assertThat(files.findByBodyIdOrderByUploadedAtDescIdDesc(respondent.bodyId())).singleElement()
				.extracting(EvidenceFile::getOriginalName).isEqualTo("skrip-" + tag + ".pdf");
	}

	@Test
	void severalFilesInOnePlainPostAreAllStored() {
		var second = new MockMultipartFile("files", "dua-" + tag + ".pdf", "application/pdf",
				(new String(PDF_BYTES, StandardCharsets.ISO_8859_1) + "% dua\n").getBytes(StandardCharsets.ISO_8859_1));

		var result = mvc.post().uri("/evidence").multipart().file(pdf("satu-" + tag + ".pdf")).file(second)
				.with(user(respondent)).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/evidence");
		assertThat(files.findByBodyIdOrderByUploadedAtDescIdDesc(respondent.bodyId())).extracting(EvidenceFile::getOriginalName)
				.containsExactlyInAnyOrder("satu-" + tag + ".pdf", "dua-" + tag + ".pdf");
	}

	private long upload(CurrentUser user, MockMultipartFile file) {
		var result = evidence.upload(user, user.bodyId(),
				new id.monevkip.evidence.EvidenceUpload(file.getOriginalFilename(), file));
		return result.file().id();
	}

	static final byte[] PDF_BYTES = EvidenceTypesTests.PDF;

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("files", name, "text/plain", PDF_BYTES);
	}

	private PublicBody body(String suffix) {
		var details = new PublicBody.Details("Badan Bukti " + tag + " " + suffix, categories.findByCode("PD_KABKOTA").orElseThrow(),
				null, PpidType.UTAMA, null, null, null, null);
		var body = bodies.save(new PublicBody("EV" + tag + "-" + suffix, details, clock.instant()));
		body.placeUnder(null);
		return bodies.save(body);
	}

	private CurrentUser respondentOf(PublicBody body) {
		var account = new Account("evidence-" + UUID.randomUUID() + "@evidence.test",
				new Account.Profile("Responden " + tag, null, null, Set.of(Role.RESPONDENT), body), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", body.getId(),
				Set.of(Role.RESPONDENT), true, false, false);
	}

}
