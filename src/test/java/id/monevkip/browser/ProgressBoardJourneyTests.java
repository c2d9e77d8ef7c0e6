package id.monevkip.browser;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kukar's Diskominfo follows its bodies on the progress board: filters to the ones that have sent, opens one and
 * reads its answers; Kutai Timur's bodies never appear. Desktop and phone screenshots.
 */
@IntegrationTest
class ProgressBoardJourneyTests extends BrowserTestSupport {

	@Test
	void aCoordinatorFiltersTheBoardAndOpensABodysAnswers() {
		logIn("diskominfo@kukar.test");
		browser.driver().findElement(By.linkText("Progres pengisian")).click();
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("badan publik ikut siklus ini");
		browser.screenshot("progress-board-desktop");

		search("Pela");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Pemerintah Desa Pela");
		search("Kutai Timur");
		assertThat(browser.driver().findElement(By.tagName("main")).getText())
			.doesNotContain("Pemerintah Kabupaten Kutai Timur");
		search("");

		browser.driver().findElement(By.id("q")).clear();
		new Select(browser.driver().findElement(By.id("status"))).selectByValue("SENT");
		submitFilters();
		var sent = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(sent).contains("Pemerintah Kabupaten Kutai Kartanegara").doesNotContain("Pemerintah Desa Pela");

		browser.clickToLoad(By.linkText("Pemerintah Kabupaten Kutai Kartanegara"));
		assertThat(browser.path()).matches("/coordinator/progress/bodies/\\d+");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("SK PPID Kabupaten Kutai Kartanegara.pdf");
		browser.screenshot("progress-body-desktop");

		browser.size(Browser.PHONE);
		browser.get("/coordinator/progress");
		browser.screenshot("progress-board-phone");
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("document.getElementById('progress-charts').scrollIntoView({ block: 'start', behavior: 'instant' });");
		assertThat(browser.driver().findElement(By.id("chart-status")).getSize().getHeight()).isGreaterThan(100);
		browser.screenshot("progress-charts-phone");
		assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

	private void search(String text) {
		var field = browser.driver().findElement(By.id("q"));
		field.clear();
		field.sendKeys(text);
		submitFilters();
	}

	private void submitFilters() {
		browser.clickToLoad(By.xpath("//input[@id='q']/ancestor::form//button[@type='submit']"));
	}

}
