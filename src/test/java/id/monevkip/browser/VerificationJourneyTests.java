package id.monevkip.browser;

import java.time.Duration;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.verification.VerificationFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assessor opens its verification queue, reviews a sent SAQ with the PDF evidence shown in a frame beside the
 * answer, gives verdicts and sees the verified score move without a page reload. Desktop and phone screenshots.
 */
@IntegrationTest
class VerificationJourneyTests extends BrowserTestSupport {

	@Autowired
	VerificationFixtures fixtures;

	@Test
	void theAssessorReviewsASentSaqWithItsPdfBesideTheAnswer() {
		var sent = fixtures.sent();
		logIn(sent.verifier().email(), "not-used");
		assertThat(browser.path()).isEqualTo("/assessor");
		browser.clickToLoad(By.id("verification-queue-link"));
		assertThat(browser.mainText()).contains("Verifikasi SAQ", sent.body().getName(), "Sudah dikirim");
		browser.screenshot("verification-queue-desktop");
		browser.clickToLoad(By.cssSelector("a[href$='/assessor/verifications/" + sent.submissionId() + "']"));
		assertThat(browser.mainText()).contains("Nilai terverifikasi", "Nilai mandiri", "Jawaban badan publik:");

		var frame = browser.driver().findElement(By.cssSelector("iframe.evidence-pdf"));
		var source = frame.getDomAttribute("src");
		var answer = (String) js("""
				var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); x.send();
				return x.status + ' ' + x.getResponseHeader('Content-Type');""", source);
		assertThat(answer).isEqualTo("200 application/pdf");

		var anchor = "item-" + sent.claimed().get(0).replaceAll("[^A-Za-z0-9_-]", "-");
		var before = browser.driver().findElement(By.id("verified-score")).getText();
		js("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", anchor);
		browser.screenshot("verification-review-desktop");
		browser.driver().findElement(By.id(anchor + "-ACCEPTED")).click();
		browser.driver().findElement(By.cssSelector("#verdict-" + anchor + " button[type=submit]")).click();
		// htmx swaps the score and the item while we read them: a read of the replaced element is simply retried
		var wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		wait.until(d -> !d.findElement(By.id("verified-score")).getText().equals(before));
		wait.until(d -> d.findElement(By.id(anchor)).getText().contains("Diterima"));
		assertThat(browser.driver().findElement(By.id("verified-score")).getText()).isNotEqualTo("0,00");
		browser.screenshot("verification-verdict-desktop");

		browser.size(Browser.PHONE);
		browser.get("/assessor/verifications/" + sent.submissionId());
		browser.screenshot("verification-review-phone");
		js("document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", anchor);
		browser.screenshot("verification-item-phone");
		assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
		browser.get("/assessor/verifications");
		browser.screenshot("verification-queue-phone");
		assertThat((Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}

}
