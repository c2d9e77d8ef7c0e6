package id.monevkip.browser;

import java.math.BigDecimal;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.body.PublicBody;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commissioner computes the results of a cycle, fixes them by decree, corrects a score error by a second decree
 * and compares the two versions. Desktop and phone screenshots.
 */
@IntegrationTest
class ResultsJourneyTests extends BrowserTestSupport {

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aCommissionerIssuesTheDecreeCorrectsItAndComparesTheVersions() {
		long cycle = fixtures.cycle();
		var first = fixtures.participant(cycle, "PEMKAB_PEMKOT", null, null);
		var second = fixtures.participant(cycle, "PEMKAB_PEMKOT", null, null);
		var third = fixtures.participant(cycle, "BUMD", null, null);
		var unverified = fixtures.participant(cycle, "BUMD", null, null);
		score(cycle, first, ScoreStage.SAQ, "92.31");
		score(cycle, first, ScoreStage.VISITATION, "92.31");
		score(cycle, second, ScoreStage.SAQ, "95.10");
		score(cycle, second, ScoreStage.VISITATION, "90");
		score(cycle, third, ScoreStage.SAQ, "71.5");
		score(cycle, third, ScoreStage.VISITATION, "80");
		String tag = Long.toString(cycle);
		logIn("komisioner@kipkaltim.test");
		browser.get("/commissioner/cycles/" + cycle + "/shortlist");
		browser.clickToLoad(By.cssSelector("#draw-form button[type=submit]"));

		browser.get("/commissioner/cycles/" + cycle + "/results");
		browser.clickToLoad(By.cssSelector("#recompute-form button[type=submit]"));
		assertThat(browser.mainText()).contains("Hasil dihitung ulang untuk 4 badan publik", first.getName(),
				"Belum ada SAQ terverifikasi");
		browser.screenshot("results-draft-desktop");

		browser.clickToLoad(By.linkText("SK penetapan"));
		fill("52/KEP/KIP/XII/" + tag, "2025-12-10", null);
		assertThat(browser.path()).isEqualTo("/commissioner/cycles/" + cycle + "/decrees/1");
		assertThat(browser.mainText()).contains("Hasil ditetapkan dengan SK 52/KEP/KIP/XII/" + tag);
		browser.screenshot("results-decree-1-desktop");

		score(cycle, first, ScoreStage.SAQ, "98.31");
		score(cycle, first, ScoreStage.VISITATION, "98.31");
		browser.get("/commissioner/cycles/" + cycle + "/results");
		browser.clickToLoad(By.cssSelector("#recompute-form button[type=submit]"));
		assertThat(browser.mainText()).contains("nilai akhir 1 badan publik berubah");
		browser.clickToLoad(By.linkText("SK penetapan"));
		assertThat(browser.mainText()).contains("2 badan publik berubah dalam hasil rancangan");
		browser.screenshot("results-decrees-pending-desktop");
		fill("53/KEP/KIP/XII/" + tag, "2025-12-11", "Kesalahan perhitungan nilai visitasi");
		assertThat(browser.path()).isEqualTo("/commissioner/cycles/" + cycle + "/decrees/2");
		assertThat(browser.mainText()).contains("Koreksi ditetapkan dengan SK 53/KEP/KIP/XII/" + tag);

		browser.clickToLoad(By.linkText("Bandingkan versi"));
		browser.driver().findElement(By.id("compare-only")).click();
		browser.clickToLoad(By.cssSelector("#compare-form button[type=submit]"));
		assertThat(browser.mainText()).contains("2 badan publik berbeda", "+6,00", "naik 1 peringkat", first.getName(),
				second.getName())
			.doesNotContain(third.getName());
		browser.screenshot("results-compare-desktop");

		browser.size(Browser.PHONE);
		browser.get("/commissioner/cycles/" + cycle + "/decrees/compare?only=true");
		browser.screenshot("results-compare-phone");
		assertNoSidewaysScroll();
		browser.get("/commissioner/cycles/" + cycle + "/decrees");
		browser.screenshot("results-decrees-phone");
		assertNoSidewaysScroll();
		browser.get("/commissioner/cycles/" + cycle + "/results");
		browser.screenshot("results-draft-phone");
		assertNoSidewaysScroll();
		browser.get("/commissioner/cycles/" + cycle + "/results/bodies/" + first.getId());
		assertThat(browser.mainText()).contains("Perhitungan ulang hasil akhir", "Komisioner Bidang Monev", "53/KEP/KIP/XII/" + tag);
		browser.screenshot("results-body-phone");
		assertNoSidewaysScroll();
	}

	private void fill(String number, String date, String reason) {
		browser.driver().findElement(By.id("number")).sendKeys(number);
		// date inputs take typed digits in the browser's locale order; setting the value is locale-proof
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('date').value = arguments[0];", date);
		if (reason != null) {
			browser.driver().findElement(By.id("reason")).sendKeys(reason);
		}
		browser.clickToLoad(By.cssSelector("#decree-form button[type=submit]"));
	}

	private void score(long cycle, PublicBody body, ScoreStage stage, String score) {
		tx.executeWithoutResult(s -> ledger.record(cycle, body.getId(), stage, new BigDecimal(score), "uji",
				new Actor(null, "Sistem")));
	}

	private void assertNoSidewaysScroll() {
		assertThat((Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

}
