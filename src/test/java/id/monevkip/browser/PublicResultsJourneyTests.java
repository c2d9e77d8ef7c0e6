package id.monevkip.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen, without logging in, opens the published results of the demo's previous year: the decree, the band
 * chart, the ranking per category, a live search and a category; desktop and phone screenshots.
 */
@IntegrationTest
class PublicResultsJourneyTests extends BrowserTestSupport {

	@Autowired
	Publications publications;

	@Autowired
	CycleManagement cycles;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	ResultsManagement results;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Test
	void aCitizenFindsLastYearsResultsSearchesABodyAndReadsThemOnAPhone() {
		int year = LocalDate.now(clock).getYear() - 1;
		var cycle = directory.bodyByCode("KIP-KALTIM").flatMap(kip -> cycles.cycleOf(kip.id(), year)).orElseThrow();
		var decree = results.currentDecree(cycle.id()).orElseThrow();
		// the demo publishes last year's results; published here too in case this test runs without that step
		if (!publications.isPublished(cycle.id())) {
			publications.publish(cycle.id(), (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test"));
		}
		var top = results.results(decree).get(0);
		var topBody = directory.bodies(java.util.List.of(top.bodyId())).get(0);

		browser.get("/login");
		browser.clickToLoad(By.cssSelector("#public-results-link a"));
		assertThat(browser.path()).isEqualTo("/hasil");
		browser.clickToLoad(By.linkText("Hasil tahun " + year));
		assertThat(browser.path()).isEqualTo("/hasil/" + year);
		assertThat(browser.mainText()).contains("Hasil Monev Keterbukaan Informasi Publik " + year, decree.number(),
				"Sebaran kualifikasi", "Data terbuka", topBody.name());
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d)
			.executeScript("return typeof Chart !== 'undefined' && Chart.getChart('chart-bands') !== undefined"));
		browser.screenshot("public-results-desktop");
		scrollTo("ranking");
		browser.screenshot("public-results-table-desktop");

		var search = browser.driver().findElement(By.id("q"));
		search.sendKeys(topBody.code());
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(d -> d.findElements(By.id("found")).size() == 1);
		assertThat(browser.driver().findElement(By.id("ranking")).getText()).contains("1 badan publik ditemukan",
				topBody.name());
		assertThat(browser.driver().getCurrentUrl()).contains("q=" + topBody.code());
		browser.screenshot("public-results-search-desktop");

		browser.size(Browser.PHONE);
		browser.get("/hasil/" + year);
		browser.screenshot("public-results-phone");
		scrollTo("ranking");
		browser.screenshot("public-results-table-phone");
		// the demo's largest category has more than ten bodies: the overview links to the whole category
		browser.clickToLoad(By.cssSelector("#ranking a.btn-outline-secondary"));
		assertThat(browser.path()).contains("kategori=");
		assertThat(browser.driver().findElement(By.id("found")).getText()).contains("badan publik ditemukan");
		browser.screenshot("public-results-category-phone");

		// the award night's results: the winners, the special award and the tokoh of the demo
		browser.get("/hasil/" + year);
		browser.clickToLoad(By.id("awards-link"));
		assertThat(browser.path()).isEqualTo("/hasil/" + year + "/penghargaan");
		assertThat(browser.mainText()).contains("Penerima penghargaan Monev KIP " + year, "PD Kab/Kota", "Peringkat 1",
				"Penghargaan khusus", "Tokoh keterbukaan informasi publik");
		browser.screenshot("public-awards-phone");
		browser.size(Browser.DESKTOP);
		browser.get("/hasil/" + year + "/penghargaan");
		browser.screenshot("public-awards-desktop");
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById(arguments[0]).scrollIntoView({block: 'start', behavior: 'instant'});", id);
	}

}
