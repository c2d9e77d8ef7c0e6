package id.monevkip.browser;

import java.time.Year;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator looks at this year's cycle: list, calendar, locked edit page, participants and extensions. */
@IntegrationTest
class CycleJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminFollowsTheCurrentCycle() {
		int year = Year.now(Wita.ZONE).getValue();
		long cycleId = jdbc.queryForObject(
				"select c.id from cycle c join public_body b on b.id = c.organiser_body_id where b.code = 'KIP-KALTIM' and c.year = ?",
				Long.class, year);
		logIn("admin@kipkaltim.test");
		browser.get("/admin/cycles");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Monev KIP " + year);
		browser.screenshot("admin-cycles-list-desktop");
		browser.get("/admin/cycles/" + cycleId);
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("WITA").contains("Pengisian SAQ");
		browser.screenshot("admin-cycle-calendar-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("admin-cycle-calendar-phone");
		browser.get("/admin/cycles/" + cycleId + "/edit");
		browser.screenshot("admin-cycle-edit-locked-phone");
		browser.get("/admin/cycles/" + cycleId + "/participants");
		browser.screenshot("admin-cycle-participants-phone");
		browser.get("/admin/cycles/" + cycleId + "/extensions");
		browser.screenshot("admin-cycle-extensions-phone");
		browser.size(Browser.DESKTOP);
		browser.get("/admin/cycles/new");
		browser.screenshot("admin-cycle-new-desktop");
	}

}
