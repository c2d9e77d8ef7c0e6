package id.monevkip.browser;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory through a real browser: admins search and open bodies, coordinators stay inside their tree. */
@IntegrationTest
class DirectoryJourneyTests extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void adminSearchesTheDirectoryAndOpensAVillage() {
		logIn("admin@kipkaltim.test");
		browser.driver().findElement(By.linkText("Badan Publik")).click();
		browser.screenshot("admin-bodies-list-desktop");
		browser.driver().findElement(By.id("q")).sendKeys("Pela");
		browser.driver().findElement(By.id("q")).submit();
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Pemerintah Desa Pela");
		browser.driver().findElement(By.partialLinkText("Pemerintah Desa Pela")).click();
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Pemerintah Desa Pela");
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Kecamatan Kota Bangun");
		browser.screenshot("admin-body-detail-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("admin-body-detail-phone");
		browser.get("/admin/bodies?categoryId=" + categoryId("DESA"));
		browser.screenshot("admin-bodies-list-phone");
		browser.get("/admin/bodies/new");
		browser.driver().findElement(By.id("name")).submit();
		assertThat(browser.driver().findElement(By.id("error-summary")).getText()).contains("Periksa kembali");
		browser.screenshot("admin-body-new-errors-phone");
	}

	@Test
	void adminPagesForAccountsCategoriesAndImportsOpen() {
		logIn("admin@kipkaltim.test");
		for (String page : new String[] { "accounts", "categories", "imports" }) {
			browser.get("/admin/" + page);
			assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
			browser.screenshot("admin-" + page + "-desktop");
			browser.size(Browser.PHONE);
			browser.screenshot("admin-" + page + "-phone");
			browser.size(Browser.DESKTOP);
		}
	}

	@Test
	void coordinatorSeesItsOwnTreeAndNothingElse() {
		logIn("diskominfo@kukar.test");
		browser.get("/bodies");
		String list = browser.driver().findElement(By.cssSelector("main table")).getText();
		assertThat(list).contains("Kutai Kartanegara").doesNotContain("Kutai Timur");
		browser.screenshot("coordinator-bodies-desktop");
		browser.get("/bodies/" + bodyId("KUTIM-DISKOMINFO"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Halaman tidak ditemukan");
		browser.screenshot("coordinator-other-tree-404");
	}

	private long bodyId(String code) {
		return jdbc.queryForObject("select id from public_body where code = ?", Long.class, code);
	}

	private long categoryId(String code) {
		return jdbc.queryForObject("select id from body_category where code = ?", Long.class, code);
	}

}
