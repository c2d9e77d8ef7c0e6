package id.monevkip.ranking.certificates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.assessment.results.Decrees;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.shared.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Certificates print the decree's figures with a QR code to their verification page; the page confirms them, tells a
 * superseded certificate apart after a correction, and reveals nothing for an unknown code.
 */
@IntegrationTest
class CertificateTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	CertificateRepository certificates;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	Decrees decrees;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	java.time.Clock clock;

	@Test
	void theCertificateCarriesTheFiguresAndItsQrCodeLeadsToAVerificationPageShowingTheBody() throws Exception {
		var fixed = fixtures.decreed(List.of(Entry.of("PD_PROVINSI", "92.31"), Entry.of("PD_PROVINSI", "85")));
		var body = fixed.bodies().get(0);
		byte[] pdf = download("/admin/cycles/" + fixed.cycleId() + "/certificates/bodies/" + body.getId() + ".pdf",
				assessment.admin());

		snapshot(pdf, "certificate-pdf");
		String text = text(pdf);
		assertThat(text).contains("PIAGAM PENGHARGAAN", body.getName(), "Informatif", "92,31", fixed.decree().number(),
				"peringkat 1");
		var certificate = certificates.findByDecreeIdAndBodyIdIn(fixed.decree().id(), List.of(body.getId())).get(0);
		String url = qr(pdf);
		assertThat(url).endsWith("/verifikasi/" + certificate.getCode());

		String path = url.substring(url.indexOf("/verifikasi/"));
		assertThat(mvc.get().uri(path)).hasStatusOk()
			.bodyText()
			.contains(body.getName(), certificate.getCode(), fixed.decree().number(), "Piagam ini sah");
	}

	@Test
	void downloadingAgainPrintsTheSameCodeAndACategoryComesAsOnePdfOrAZipWithOnePagePerBody() throws Exception {
		var fixed = fixtures.decreed(List.of(Entry.of("BUMD", "70"), Entry.of("BUMD", "95"), Entry.of("BLUD", "60")));
		var admin = assessment.admin();
		String base = "/admin/cycles/" + fixed.cycleId() + "/certificates";
		long bumd = fixed.bodies().get(0).getCategory().getId();
		byte[] all = download(base + ".pdf?category=" + bumd, admin);
		try (var document = Loader.loadPDF(all)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(fixed.bodies().get(0).getName(), fixed.bodies().get(1).getName())
				.doesNotContain(fixed.bodies().get(2).getName());
		}
		var codes = codes(fixed.decree().id(), fixed.bodies().get(0).getId());
		var entries = new ArrayList<String>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(download(base + ".zip", admin)))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
				assertThat(Loader.loadPDF(zip.readAllBytes()).getNumberOfPages()).isEqualTo(1);
			}
		}
		assertThat(entries).hasSize(3).allMatch(name -> name.endsWith(".pdf"));
		assertThat(codes(fixed.decree().id(), fixed.bodies().get(0).getId())).isEqualTo(codes);
		assertThat(entries).anyMatch(name -> name.contains(codes));
	}

	@Test
	void afterACorrectionANewCertificateIsIssuedAndTheOldCodeShowsAsSuperseded() {
		var fixed = fixtures.decreed(List.of(Entry.of("PD_PROVINSI", "81"), Entry.of("PD_PROVINSI", "75")));
		var body = fixed.bodies().get(1);
		var admin = assessment.admin();
		String one = "/admin/cycles/" + fixed.cycleId() + "/certificates/bodies/" + body.getId() + ".pdf";
		download(one, admin);
		String oldCode = codes(fixed.decree().id(), body.getId());

		tx.executeWithoutResult(s -> ledger.record(fixed.cycleId(), body.getId(), ScoreStage.SAQ, new BigDecimal("91"),
				"koreksi uji", new Actor(null, "Sistem")));
		var corrected = decrees.correct(fixed.cycleId(), fixed.decree().number() + "-K", LocalDate.now(clock),
				"Kesalahan input nilai", null, new Actor(null, "Komisioner Uji"));
		String text = text(download(one, admin));
		String newCode = codes(corrected.id(), body.getId());

		assertThat(newCode).isNotEqualTo(oldCode);
		assertThat(text).contains("91,00", corrected.number(), "Informatif");
		assertThat(mvc.get().uri("/verifikasi/" + oldCode)).hasStatusOk()
			.bodyText()
			.contains("digantikan oleh SK versi 2 (" + corrected.number() + ")", "75,00")
			.doesNotContain("Piagam ini sah");
		assertThat(mvc.get().uri("/verifikasi/" + newCode.toLowerCase())).hasStatusOk()
			.bodyText()
			.contains("Piagam ini sah", "91,00");
	}

	@Test
	void anUnknownOrMalformedCodeIsNotFoundWithAFormToTypeAnother() {
		for (String path : List.of("/verifikasi/ZZZZZZZZZZ", "/verifikasi/abc", "/verifikasi?kode=%3Cb%3Exx")) {
			assertThat(mvc.get().uri(path)).hasStatus(404)
				.bodyText()
				.contains("Kode sertifikat tidak ditemukan", "name=\"kode\"")
				.doesNotContain("<b>xx");
		}
		assertThat(mvc.get().uri("/verifikasi")).hasStatusOk().bodyText().contains("name=\"kode\"");
	}

	@Test
	void staffPagesNeedTheirRoleAndAHoleInTheDecreeIsNotFound() {
		var fixed = fixtures.decreed(List.of(Entry.of("PD_PROVINSI", "70")));
		var stranger = assessment.body("PD_PROVINSI", null, null);
		var admin = assessment.admin();
		assertThat(mvc.get()
			.uri("/admin/cycles/" + fixed.cycleId() + "/certificates/bodies/" + stranger.getId() + ".pdf")
			.with(user(admin))).hasStatus(404);
		assertThat(mvc.get().uri("/admin/cycles/" + fixed.cycleId() + "/certificates").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(fixed.decree().number());
		var respondent = assessment.person(id.monevkip.shared.Role.RESPONDENT, "Responden", fixed.bodies().get(0));
		assertThat(mvc.get().uri("/admin/cycles/" + fixed.cycleId() + "/certificates.pdf").with(user(respondent)))
			.hasStatus(403);
	}

	private String codes(long decreeId, long bodyId) {
		return certificates.findByDecreeIdAndBodyIdIn(decreeId, List.of(bodyId)).get(0).getCode();
	}

	byte[] download(String path, CurrentUser user) {
		var result = mvc.get().uri(path).with(user(user)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	static String text(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Saves the first page as target/screenshots/{name}.png, to look at. */
	static void snapshot(byte[] pdf, String name) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 60);
			var folder = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(folder);
			javax.imageio.ImageIO.write(image, "png", folder.resolve(name + ".png").toFile());
		}
	}

	/** Decodes the QR code: the only image on the certificate's page. */
	static String qr(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			var image = image(document.getPage(0).getResources());
			if (image == null) {
				throw new AssertionError("No image on the certificate");
			}
			var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage())));
			return new MultiFormatReader().decode(bitmap).getText();
		}
	}

	private static PDImageXObject image(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
		for (var name : resources.getXObjectNames()) {
			var object = resources.getXObject(name);
			if (object instanceof PDImageXObject image) {
				return image;
			}
			if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && form.getResources() != null) {
				var inner = image(form.getResources());
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

}
