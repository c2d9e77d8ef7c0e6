package id.monevkip.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A respondent picks several files at once on the library page: each gets its own progress bar, a file that is
 * not accepted (by name in the browser, by content on the server) says why on its own row, the good ones land
 * in the list without leaving the page.
 */
@IntegrationTest
class EvidenceUploadJourneyTests extends BrowserTestSupport {

	@TempDir
	Path folder;

	@Test
	void severalFilesAreSentOneByOneWithProgressAndRefusalsOnTheirRows() throws Exception {
		var tag = UUID.randomUUID().toString().substring(0, 8);
		var first = pdf("Notulen rapat " + tag + ".pdf", tag + "-1");
		var second = pdf("Daftar informasi publik " + tag + ".pdf", tag + "-2");
		var renamed = folder.resolve("Pembaruan " + tag + ".pdf");
		Files.write(renamed, new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0 });
		var program = folder.resolve("pemasang-" + tag + ".exe");
		Files.writeString(program, "bukan bukti");
		browser.size(Browser.DESKTOP);
		logIn("responden@kukar.test");
		browser.get("/evidence");
		var zone = browser.driver().findElement(By.cssSelector("[data-evidence-drop]"));
		assertThat(zone.isDisplayed()).isTrue();
		assertThat(zone.getAttribute("tabindex")).isEqualTo("0");

		browser.driver().findElement(By.id("files")).sendKeys(String.join("\n", first.toString(), second.toString(),
				renamed.toString(), program.toString()));

		new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
				By.cssSelector(".evidence-upload-done, .evidence-upload-failed")).size() == 4);
		var rows = browser.driver().findElements(By.cssSelector(".evidence-upload-item"));
		assertThat(rows).hasSize(4);
		assertThat(row(rows, first)).satisfies(r -> {
			assertThat(r.getAttribute("class")).contains("evidence-upload-done");
			assertThat(r.findElement(By.cssSelector(".progress")).getAttribute("aria-valuenow")).isEqualTo("100");
			assertThat(r.findElement(By.cssSelector(".progress-bar")).getText()).isEqualTo("100%");
			assertThat(r.getText()).contains("tersimpan di pustaka");
		});
		assertThat(row(rows, second).getAttribute("class")).contains("evidence-upload-done");
		assertThat(row(rows, renamed)).satisfies(r -> {
			assertThat(r.getAttribute("class")).contains("evidence-upload-failed");
			assertThat(r.findElement(By.cssSelector(".progress")).isDisplayed()).isFalse();
			assertThat(r.getText()).contains("ditolak: berkas ini berupa program komputer");
		});
		assertThat(row(rows, program)).satisfies(r -> {
			assertThat(r.getAttribute("class")).contains("evidence-upload-failed");
			assertThat(r.getText()).contains("ditolak: jenis berkas ini tidak diterima");
		});
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
			var list = d.findElement(By.id("evidence-list")).getText();
			return list.contains(name(first)) && list.contains(name(second));
		});
		assertThat(browser.driver().findElement(By.id("evidence-list")).getText()).doesNotContain(name(renamed));
		browser.screenshot("evidence-upload-desktop");

		browser.size(Browser.PHONE);
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.querySelector('.evidence-upload-list').scrollIntoView({ behavior: 'instant' });");
		browser.screenshot("evidence-upload-phone");
		Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0L);
	}

	private Path pdf(String name, String marker) throws Exception {
		var path = folder.resolve(name);
		Files.writeString(path, EvidenceJourneyTests.MINIMAL_PDF + "% " + marker + "\n");
		return path;
	}

	private static String name(Path path) {
		return path.getFileName().toString();
	}

	private static WebElement row(java.util.List<WebElement> rows, Path file) {
		return rows.stream().filter(r -> r.getText().contains(name(file))).findFirst().orElseThrow();
	}

}
