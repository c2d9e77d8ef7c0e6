package id.monevkip.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A village PPID on a phone sends a 20 MB evidence file over a slow link that drops at about 60 %: the page says
 * the upload is paused until the connection returns, then it continues from the bytes the server already has,
 * both in the same page and after the page is opened again and the same file chosen. What the server received is
 * counted by its own counter of resumable bytes, so a client that started over would be caught.
 *
 * The bulk goes at an emulated 16 Mbit/s (20 MB in about 10 s) rather than a village's 400 kbit/s, which would
 * take about 7 minutes a run: what is proven (the cut, the pause, the offset) does not depend on the speed, only
 * that progress is slow enough to be seen and cut at 60 %.
 */
@IntegrationTest
class ResumableUploadJourneyTests extends BrowserTestSupport {

	static final String OWN_PASSWORD = "unggah-lanjut-2026";

	/** About 20 MB, just within the library's 20 MB limit. */
	static final int SIZE = 20_000_000;

	/** The client's part size (evidence-upload.js CHUNK): at most one part may be sent twice around a cut. */
	static final int CHUNK = 512 * 1024;

	static final int KBIT = 16_000;

	@TempDir
	Path folder;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	MeterRegistry meters;

	@Test
	void anUploadCutAtSixtyPercentPausesAndContinuesFromTheOffsetWhenTheConnectionReturns() throws Exception {
		var file = bigPdf("Laporan layanan informasi");
		var user = openLibraryOnAPhone("Sari Unggah");
		double start = received();

		browser.emulateNetwork(false, 40, KBIT);
		choose(file);
		waitUntil(() -> percent() >= 20, 30);
		browser.screenshot("upload-progress-phone");
		waitUntil(() -> percent() >= 58, 30);
		browser.emulateNetwork(true, 0, 0);

		waitUntil(() -> message().contains("Koneksi terputus"), 40);
		assertThat(row().getAttribute("class")).contains("evidence-upload-paused");
		int pausedAt = percent();
		assertThat(pausedAt).isBetween(55, 75);
		Thread.sleep(1500);
		assertThat(percent()).as("nothing moves while offline").isEqualTo(pausedAt);
		browser.screenshot("upload-paused-phone");

		double atCut = received();
		browser.emulateNetwork(false, 40, KBIT);
		waitUntil(() -> row().getAttribute("class").contains("evidence-upload-done"), 60);
		assertThat(message()).contains("tersimpan di pustaka");
		double afterCut = received() - atCut;
		assertThat(afterCut / SIZE).as("share of the file sent after the cut").isBetween(0.25, 0.45);
		assertThat(received() - start).as("the whole file, once").isLessThanOrEqualTo(SIZE + CHUNK);
		waitUntil(() -> browser.driver().findElement(By.id("evidence-list")).getText().contains(name(file)), 20);
		browser.screenshot("upload-resumed-done-phone");
		assertInLibrary(user, file);
		assertThat(unfinishedOnDevice()).isZero();
	}

	@Test
	void anUploadCutAtSixtyPercentContinuesFromTheOffsetWhenThePageIsOpenedAgainAndTheSameFileChosen()
			throws Exception {
		var file = bigPdf("Daftar informasi publik desa");
		var user = openLibraryOnAPhone("Sari Buka Lagi");
		double start = received();

		browser.emulateNetwork(false, 40, KBIT);
		choose(file);
		waitUntil(() -> percent() >= 58, 40);
		browser.emulateNetwork(true, 0, 0);
		waitUntil(() -> message().contains("Koneksi terputus"), 40);
		assertThat(unfinishedOnDevice()).isEqualTo(1);

		// The link comes back, but the person has closed the page meanwhile: keep the upload address unreachable
		// until the page is open again, so that the old page cannot go on by itself.
		browser.blockRequests(List.of("*/uploads*"));
		browser.normalNetwork();
		browser.get("/respondent");
		browser.blockRequests(List.of());
		browser.get("/evidence");
		double atReopen = received();
		waitUntil(() -> !browser.driver().findElements(By.cssSelector(".evidence-upload-pending")).isEmpty(), 20);
		var note = browser.driver().findElement(By.cssSelector(".evidence-upload-pending")).getText();
		assertThat(note).contains("Unggahan belum selesai", name(file), "Pilih berkas yang sama");
		browser.screenshot("upload-pending-after-reload-phone");

		browser.emulateNetwork(false, 40, KBIT);
		choose(file);
		waitUntil(() -> message().contains("Melanjutkan") || row().getAttribute("class").contains("done"), 20);
		assertThat(percent()).as("starts where it stopped, not at 0 %").isGreaterThanOrEqualTo(55);
		waitUntil(() -> row().getAttribute("class").contains("evidence-upload-done"), 60);
		double afterReopen = received() - atReopen;
		assertThat(afterReopen / SIZE).as("share of the file sent after opening the page again").isBetween(0.25, 0.45);
		assertThat(received() - start).as("the whole file, once").isLessThanOrEqualTo(SIZE + CHUNK);
		assertThat(browser.driver().findElements(By.cssSelector(".evidence-upload-pending"))).isEmpty();
		assertInLibrary(user, file);
		assertThat(unfinishedOnDevice()).isZero();
	}

	/**
	 * A valid PDF of 20 MB whose bulk is one stream of random bytes: nothing compresses it on the way, and Tika
	 * sniffs it as a PDF by its header.
	 */
	private Path bigPdf(String title) throws IOException {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		var file = folder.resolve(title + " " + tag + ".pdf");
		var head = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
				+ "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
				+ "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n");
		var tail = "\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
		int streamHead = ("4 0 obj << /Length 0000000000 >> stream\n").length();
		int data = SIZE - head.length() - streamHead - tail.length();
		var bytes = new byte[SIZE];
		var prefix = head + "4 0 obj << /Length " + String.format("%010d", data) + " >> stream\n";
		System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, prefix.length());
		var random = new byte[data];
		new Random(tag.hashCode()).nextBytes(random);
		System.arraycopy(random, 0, bytes, prefix.length(), data);
		System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, bytes, prefix.length() + data, tail.length());
		Files.write(file, bytes);
		return file;
	}

	private CurrentUser openLibraryOnAPhone(String name) {
		var body = fixtures.participant("PD_KABKOTA");
		var user = fixtures.respondent(body, name);
		var account = accounts.findById(user.accountId()).orElseThrow();
		account.setPassword(passwordEncoder.encode(OWN_PASSWORD), false);
		accounts.save(account);
		browser.size(Browser.PHONE);
		logIn(user.email(), OWN_PASSWORD);
		browser.get("/evidence");
		return user;
	}

	private void choose(Path file) {
		browser.driver().findElement(By.id("files")).sendKeys(file.toString());
		waitUntil(() -> !browser.driver().findElements(By.cssSelector(".evidence-upload-item")).isEmpty(), 10);
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.querySelector('.evidence-upload-list').scrollIntoView({block: 'center', behavior: 'instant'});");
	}

	private void assertInLibrary(CurrentUser user, Path file) throws IOException, NoSuchAlgorithmException {
		var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		assertThat(evidence.files(user, user.bodyId())).anySatisfy(stored -> {
			assertThat(stored.originalName()).isEqualTo(name(file));
			assertThat(stored.sha256()).isEqualTo(sha256);
			assertThat(stored.sizeBytes()).isEqualTo(SIZE);
			assertThat(stored.contentType()).isEqualTo("application/pdf");
		});
	}

	/** Bytes of resumable uploads the server has received and kept, by its own counter. */
	private double received() {
		var counter = meters.find("evidence.uploads.resumable.received").counter();
		return counter == null ? 0 : counter.count();
	}

	/** Unfinished uploads whose address the page keeps on the device. */
	private long unfinishedOnDevice() {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
				"return Object.keys(localStorage).filter(function (k) { return k.indexOf('evidence-upload|') === 0; }).length;"))
			.longValue();
	}

	private WebElement row() {
		return browser.driver().findElement(By.cssSelector(".evidence-upload-item"));
	}

	private int percent() {
		return Integer.parseInt(row().findElement(By.cssSelector(".progress")).getAttribute("aria-valuenow"));
	}

	private String message() {
		return row().findElement(By.cssSelector(".evidence-upload-message")).getText();
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

	private void waitUntil(BooleanSupplier condition, int seconds) {
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds), Duration.ofMillis(50))
				.ignoring(RuntimeException.class)
				.until(driver -> condition.getAsBoolean());
		}
		catch (TimeoutException ex) {
			browser.screenshot("upload-cut-timeout");
			throw ex;
		}
	}

}
