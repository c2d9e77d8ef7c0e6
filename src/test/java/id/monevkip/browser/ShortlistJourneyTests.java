package id.monevkip.browser;

import java.math.BigDecimal;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commissioner applies the cycle's rule to the verified scores, takes a body off the list with a reason and finds
 * the decision in the log. Desktop and phone screenshots.
 */
@IntegrationTest
class ShortlistJourneyTests extends BrowserTestSupport {

	@Autowired
	AssessmentFixtures fixtures;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aCommissionerDrawsTheShortlistAndTakesABodyOffWithAReason() {
		long cycle = fixtures.cycle();
		var best = fixtures.participant(cycle, "BUMD", null, null);
		tx.executeWithoutResult(s -> {
			ledger.record(cycle, best.getId(), ScoreStage.SAQ, new BigDecimal("88.5"), "uji", new Actor(null, "Sistem"));
			for (int i = 0; i < 6; i++) {
				var other = fixtures.participant(cycle, "BUMD", null, null);
				ledger.record(cycle, other.getId(), ScoreStage.SAQ, BigDecimal.valueOf(50 + i), "uji", new Actor(null, "Sistem"));
			}
		});

		logIn("komisioner@kipkaltim.test");
		browser.clickToLoad(By.linkText("Penilaian & hasil per siklus"));
		assertThat(browser.path()).isEqualTo("/commissioner/cycles");
		browser.get("/commissioner/cycles/" + cycle + "/shortlist");
		assertThat(browser.mainText()).contains("Aturan belum diterapkan");
		browser.clickToLoad(By.cssSelector("#draw-form button"));
		assertThat(browser.mainText()).contains("Aturan diterapkan: 5 badan publik lanjut", "88,50");

		browser.driver().findElement(By.id("reason-" + best.getId())).sendKeys("Sengketa informasi belum selesai");
		browser.clickToLoad(By.cssSelector("#adjust-" + best.getId() + " button"));
		assertThat(browser.mainText()).contains("Badan publik dikeluarkan dari daftar pendek.",
				"Diubah oleh Komisioner Bidang Monev: Sengketa informasi belum selesai");
		assertThat(browser.driver().findElement(By.id("shortlist-log")).getText()).contains(best.getName(), "dikeluarkan");
		browser.screenshot("shortlist-desktop");

		browser.size(Browser.PHONE);
		browser.get("/commissioner/cycles/" + cycle + "/shortlist");
		browser.screenshot("shortlist-phone");
		assertThat((Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
		browser.size(Browser.DESKTOP);
	}

}
