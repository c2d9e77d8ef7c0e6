package id.monevkip.browser;

import java.util.UUID;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kukar's Diskominfo publishes an announcement and a FAQ entry to its bodies; the respondent of Diskominfo Kukar (a
 * body below it) sees both on the home page and opens the answer. Desktop and phone screenshots.
 */
@IntegrationTest
class GuidanceJourneyTests extends BrowserTestSupport {

	@Test
	void coordinatorPublishesAndTheRespondentReadsItOnTheHomePage() {
		var tag = UUID.randomUUID().toString().substring(0, 6);
		var title = "Bimtek pengisian SAQ " + tag;
		var question = "Di mana bimtek diadakan " + tag + "?";

		logIn("diskominfo@kukar.test");
		browser.clickToLoad(By.linkText("Sosialisasi"));
		assertThat(browser.path()).isEqualTo("/coordinator/guidance");

		browser.driver().findElement(By.id("add-announcement")).click();
		browser.driver().findElement(By.id("title")).sendKeys(title);
		browser.driver().findElement(By.id("text")).sendKeys("Hari Senin pukul 09.00 WITA.\nBawa laptop.");
		browser.clickToLoad(By.cssSelector("#announcement-form button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Pengumuman disimpan.", title);

		browser.driver().findElement(By.id("add-faq")).click();
		browser.driver().findElement(By.id("question")).sendKeys(question);
		browser.driver().findElement(By.id("answer")).sendKeys("Di aula Diskominfo Kukar, Tenggarong.");
		browser.clickToLoad(By.cssSelector("#faq-form button[type=submit]"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Tanya jawab disimpan.", question);
		browser.screenshot("guidance-coordinator-desktop");

		browser.size(Browser.PHONE);
		browser.get("/coordinator/guidance/announcements/new");
		browser.screenshot("guidance-form-phone");
		browser.get("/coordinator/guidance");
		browser.screenshot("guidance-coordinator-phone");
		assertNoSidewaysScroll();

		browser.close();
		browser = Browser.open(port);
		logIn("responden@kukar.test");
		assertThat(browser.path()).isEqualTo("/respondent");
		var section = browser.driver().findElement(By.id("guidance"));
		assertThat(section.getText()).contains("Pengumuman dan panduan", title, "Hari Senin pukul 09.00 WITA.",
				question, "Helpdesk Monev KIP", "Petunjuk teknis pengisian SAQ");
		var summary = browser.driver().findElement(By.xpath("//summary[contains(., '" + question + "')]"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", summary);
		summary.click();
		assertThat(section.getText()).contains("Di aula Diskominfo Kukar, Tenggarong.");
		scrollTo("guidance");
		browser.screenshot("guidance-home-desktop");

		browser.size(Browser.PHONE);
		browser.get("/respondent");
		scrollTo("guidance");
		browser.screenshot("guidance-home-phone");
		assertNoSidewaysScroll();
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.querySelector('#guidance .contacts').scrollIntoView({block: 'center', behavior: 'instant'});");
		browser.screenshot("guidance-contacts-phone");
	}

	/** Without animation: Bootstrap makes scrolling smooth, and a screenshot or click would land half-way. */
	private void scrollTo(String id) {
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", id);
	}

	private void assertNoSidewaysScroll() {
		assertThat((Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

}
