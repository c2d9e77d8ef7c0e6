package id.monevkip.browser;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commissioner opens the award night from the awards page and steps through it with the keyboard and the
 * buttons: the category's title, its winners from rank 2 up to rank 1, the special award. Desktop and phone.
 */
@IntegrationTest
class CeremonyJourneyTests extends BrowserTestSupport {

	@Autowired
	RankingFixtures ranking;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCommissionerRevealsTheWinnersOneByOne() {
		var cycle = ranking.scored(List.of(Entry.of("BUMD", "93.40"), Entry.of("BUMD", "88.10"), Entry.of("BLUD", "75")),
				List.of());
		var first = cycle.bodies().get(0);
		var second = cycle.bodies().get(1);
		var third = cycle.bodies().get(2);
		awardCategory(cycle.cycleId(), "BUMD dan BLUD", 2, "BUMD", "BLUD");
		jdbc.update("insert into special_award (cycle_id, title, body_id, citation, chosen_by_name, chosen_at) "
				+ "values (?, 'Penghargaan Khusus Keterbukaan Anggaran', ?, 'Atas keterbukaan anggaran yang konsisten.', "
				+ "'Komisioner', now())", cycle.cycleId(), third.getId());
		ranking.issue(cycle.cycleId());

		logIn("komisioner@kipkaltim.test");
		browser.get("/commissioner/cycles/" + cycle.cycleId() + "/awards");
		assertThat(browser.mainText()).contains("Pemenang", first.getName(), second.getName());
		browser.screenshot("awards-commissioner-desktop");
		browser.clickToLoad(By.id("ceremony-link"));
		assertThat(browser.mainText()).contains("MALAM ANUGERAH", cycle.year() + "").doesNotContain(first.getName());
		browser.screenshot("ceremony-opening-desktop");

		press(Keys.ARROW_RIGHT);
		assertThat(browser.mainText()).contains("BUMD dan BLUD", "2 pemenang").doesNotContain(second.getName());
		press(Keys.SPACE);
		assertThat(browser.mainText()).contains("Peringkat 2", second.getName()).doesNotContain(first.getName());
		assertThat(browser.path()).endsWith("step=2");
		browser.screenshot("ceremony-rank-2-desktop");
		browser.driver().findElement(By.id("ceremony-next")).click();
		assertThat(browser.mainText()).contains("Peringkat 1", first.getName(), "Peringkat 2 — " + second.getName());
		browser.screenshot("ceremony-rank-1-desktop");
		press(Keys.ARROW_LEFT);
		assertThat(browser.mainText()).contains("Peringkat 2").doesNotContain(first.getName());
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		press(Keys.ARROW_RIGHT);
		assertThat(browser.mainText()).containsIgnoringCase("Penghargaan Khusus Keterbukaan Anggaran")
			.contains(third.getName(), "Atas keterbukaan anggaran yang konsisten.");
		browser.screenshot("ceremony-special-desktop");

		browser.size(Browser.PHONE);
		browser.get("/commissioner/cycles/" + cycle.cycleId() + "/ceremony?step=3");
		assertThat(browser.mainText()).contains("Peringkat 1", first.getName());
		browser.screenshot("ceremony-rank-1-phone");
		browser.get("/commissioner/cycles/" + cycle.cycleId() + "/ceremony?all=true");
		assertThat(browser.mainText()).contains(first.getName(), second.getName(), third.getName());
		browser.screenshot("ceremony-all-phone");
	}

	@Test
	void anAdminSetsUpAnAwardCategoryWithTheNominationRule() {
		var cycle = ranking.scored(List.of(new Entry("PD_KABKOTA", "64.02.06", "91"), new Entry("PD_KABKOTA", "64.02.06", "90"),
				new Entry("PD_KABKOTA", "64.08", "70")), List.of());
		logIn("admin@kipkaltim.test");
		browser.get("/admin/cycles/" + cycle.cycleId() + "/awards");
		browser.clickToLoad(By.cssSelector("#award-form button[type=submit]"));
		assertThat(browser.mainText()).contains("Isi nama kategori penghargaan.", "Pilih paling sedikit satu kategori badan publik.");
		browser.screenshot("awards-config-errors-desktop");

		browser.driver().findElement(By.id("name")).sendKeys("PD Kab/Kota");
		browser.driver().findElement(By.id("winners")).clear();
		browser.driver().findElement(By.id("winners")).sendKeys("1");
		browser.driver().findElement(By.id("topPerRegency")).sendKeys("1");
		var checkbox = browser.driver().findElement(By.xpath("//label[text()='Perangkat Daerah Kabupaten/Kota']"));
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", checkbox);
		browser.clickToLoad(By.cssSelector("#award-form button[type=submit]"));
		assertThat(browser.mainText()).contains("Kategori penghargaan \"PD Kab/Kota\" disimpan.",
				"1 terbaik per kabupaten/kota", "Perangkat Daerah Kabupaten/Kota");
		browser.screenshot("awards-config-desktop");
		// the commission fixes the results; the award categories are then locked and the ranking is there
		ranking.issue(cycle.cycleId());

		browser.clickToLoad(By.linkText("Lihat peringkat, pemenang dan penghargaan khusus"));
		assertThat(browser.mainText()).contains(cycle.bodies().get(0).getName(), cycle.bodies().get(2).getName())
			.doesNotContain(cycle.bodies().get(1).getName());
		browser.size(Browser.PHONE);
		browser.get("/admin/cycles/" + cycle.cycleId() + "/awards/results");
		browser.screenshot("awards-results-phone");
	}

	private void press(CharSequence key) {
		new Actions(browser.driver()).sendKeys(key).perform();
	}

	private void awardCategory(long cycleId, String name, int winners, String... categoryCodes) {
		Long id = jdbc.queryForObject("insert into award_category (cycle_id, name, winners, sort_order) values (?, ?, ?, 0) "
				+ "returning id", Long.class, cycleId, name, winners);
		for (var code : categoryCodes) {
			jdbc.update("insert into award_category_member (award_category_id, cycle_id, body_category_id) "
					+ "select ?, ?, id from body_category where code = ?", id, cycleId, code);
		}
	}

}
