package id.monevkip.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": an administrator creates next year's cycle from this year's in a few clicks,
 * changes the weights, and previews and publishes the questionnaire it carried over as a draft.
 */
@IntegrationTest
class NextCycleJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminPreparesNextYearsCycleFromThisYears() throws InterruptedException {
		int year = Year.now(Wita.ZONE).getValue();
		long thisYear = jdbc.queryForObject(
				"select c.id from cycle c join public_body b on b.id = c.organiser_body_id where b.code = 'KIP-KALTIM' and c.year = ?",
				Long.class, year);
		logIn("admin@kipkaltim.test");
		browser.get("/admin/cycles/" + thisYear);
		browser.clickToLoad(By.cssSelector("form[action$='/copy'] button"));
		assertThat(browser.path()).matches("/admin/cycles/\\d+/edit");
		long nextYear = Long.parseLong(browser.path().replaceAll("\\D+", ""));

		set("saqWeight", "70");
		set("visitationWeight", "30");
		browser.screenshot("next-cycle-edit-desktop");
		browser.driver().findElement(By.cssSelector("input[name$='saqWeight']")).submit();
		awaitTrue(() -> jdbc.queryForObject("select saq_weight from cycle where id = ?", BigDecimal.class, nextYear)
			.compareTo(new BigDecimal("70")) == 0, "weights saved");
		assertThat(jdbc.queryForObject("select year from cycle where id = ?", Integer.class, nextYear)).isEqualTo(year + 1);

		long draft = awaitCopiedInstrument(nextYear);
		browser.get("/admin/instruments?cycleId=" + nextYear);
		browser.screenshot("next-cycle-instruments-desktop");
		browser.get("/admin/instruments/" + draft);
		browser.size(Browser.PHONE);
		browser.screenshot("instrument-builder-phone");
		browser.get("/admin/instruments/" + draft + "/preview");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Daftar Informasi Publik");
		browser.screenshot("instrument-preview-phone");
		browser.size(Browser.DESKTOP);
		browser.get("/admin/instruments/" + draft);
		browser.driver().findElement(By.cssSelector("form[action$='/publish'] button")).click();
		awaitTrue(() -> "PUBLISHED".equals(jdbc.queryForObject("select status from instrument where id = ?", String.class, draft)),
				"instrument published");
		browser.screenshot("instrument-published-desktop");
	}

	private void set(String field, String value) {
		WebElement input = browser.driver().findElement(By.cssSelector("input[name$='" + field + "']"));
		input.clear();
		input.sendKeys(value);
	}

	/** Waits for what a submitted form changes: the browser returns from a click before the server has answered. */
	private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			Thread.sleep(100);
		}
	}

	/** The questionnaire copies instruments after the cycle copy commits (an application module event). */
	private long awaitCopiedInstrument(long cycleId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			var ids = jdbc.queryForList("select id from instrument where cycle_id = ? and village = false and status = 'DRAFT'",
					Long.class, cycleId);
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No instrument was copied into cycle " + cycleId);
	}

}
