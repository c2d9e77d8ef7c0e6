package id.monevkip.browser;

import id.monevkip.IntegrationTest;
import id.monevkip.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin gives every participant of the demo cycle a verifier in one click, then the demo assessor finds the
 * bodies it assesses on its home page. Desktop and phone screenshots.
 */
@IntegrationTest
class AssignmentJourneyTests extends BrowserTestSupport {

	@Autowired
	SubmissionFixtures fixtures;

	@Test
	void theAdminAssignsVerifiersAndTheAssessorSeesItsBodies() {
		var cycleId = fixtures.demoCycle().id();
		logIn("admin@kipkaltim.test");
		browser.get("/admin/cycles/" + cycleId);
		browser.clickToLoad(By.linkText("Penilai & juri"));
		assertThat(browser.path()).isEqualTo("/admin/cycles/" + cycleId + "/assignments");
		new Select(browser.driver().findElement(By.id("filter-category"))).selectByVisibleText("Pemerintah Kabupaten/Kota");
		browser.clickToLoad(By.cssSelector("#assignment-filter button[type=submit]"));
		assertThat(browser.mainText()).contains("Pemerintah Kabupaten Kutai Kartanegara", "Tim Penilai Monev");

		browser.clickToLoad(By.cssSelector("#auto-VERIFIER button[type=submit]"));
		assertThat(browser.mainText()).contains("peserta mendapat verifikator");
		browser.screenshot("assignments-desktop");
		browser.clickToLoad(By.linkText("Lihat semua konflik kepentingan"));
		assertThat(browser.path()).isEqualTo("/admin/cycles/" + cycleId + "/conflicts");
		browser.screenshot("assignment-conflicts-desktop");

		browser.size(Browser.PHONE);
		browser.get("/admin/cycles/" + cycleId + "/assignments");
		browser.screenshot("assignments-phone");
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('assignments').scrollIntoView();");
		browser.screenshot("assignments-phone-table");
		assertNoSidewaysScroll();
		browser.size(Browser.DESKTOP);

		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();
		logIn("penilai@kipkaltim.test");
		assertThat(browser.path()).isEqualTo("/assessor");
		assertThat(browser.mainText()).contains("Badan publik yang saya nilai", "Pemerintah Desa Pela",
				"Dinas Komunikasi dan Informatika Kabupaten Kutai Kartanegara");
		browser.screenshot("assessor-home-desktop");
		browser.size(Browser.PHONE);
		browser.get("/assessor");
		browser.screenshot("assessor-home-phone");
		assertNoSidewaysScroll();
		browser.get("/assessor/conflicts");
		assertThat(browser.mainText()).contains("Konflik kepentingan saya");
		browser.screenshot("assessor-conflicts-phone");
		assertNoSidewaysScroll();
	}

	private void assertNoSidewaysScroll() {
		assertThat((Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

}
