package id.monevkip.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** A village respondent on a phone puts a PDF into the body's evidence library and opens it. */
@IntegrationTest
class EvidenceJourneyTests extends BrowserTestSupport {

	static final String MINIMAL_PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""";

	@TempDir
	Path folder;

	@Test
	void villageRespondentUploadsAndOpensEvidence() throws Exception {
		Path pdf = folder.resolve("SK PPID Desa Pela 2025.pdf");
		Files.writeString(pdf, MINIMAL_PDF);
		browser.size(Browser.PHONE);
		logIn("desa.pela@kukar.test");
		browser.get("/evidence");
		// Choosing the file starts the upload (evidence-upload.js); the list refreshes in place when it is stored.
		browser.driver().findElement(By.id("files")).sendKeys(pdf.toString());
		// the list is replaced while we read it: a read of the replaced element is simply retried
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("evidence-list")).getText().contains("SK PPID Desa Pela 2025.pdf"));
		browser.screenshot("evidence-library-phone");
		browser.get("/evidence/links");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
		browser.screenshot("evidence-links-phone");
	}

}
