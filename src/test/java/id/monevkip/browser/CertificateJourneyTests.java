package id.monevkip.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.monevkip.IntegrationTest;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.ranking.certificates.CertificateFixtures;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone holding a certificate checks its code without logging in, types a wrong one, and reads the body's public
 * page of the published year with its trend. Desktop and phone (360 px) screenshots.
 */
@IntegrationTest
class CertificateJourneyTests extends BrowserTestSupport {

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	Publications publications;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CertificateFixtures certificates;

	@Test
	void aVisitorVerifiesACertificateAndReadsTheBodysPublicPage() {
		var fixed = fixtures.decreed(List.of(Entry.of("BUMD", "91.25"), Entry.of("BUMD", "84.50")));
		var body = fixed.bodies().get(0);
		publications.publish(fixed.cycleId(), (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test"));
		jdbc.update("""
				insert into historical_result (year, body_id, category_id, final_score, band, band_derived, source_name,
				imported_by_name, imported_at) values (?, ?, ?, 78.5, 'CUKUP_INFORMATIF', true, 'uji.csv', 'Admin', now())""",
				fixed.year() - 1, body.getId(), body.getCategory().getId());
		String code = certificates.issue(fixed.cycleId(), body.getId());

		browser.get("/verifikasi/" + code);
		assertThat(browser.mainText()).contains("Piagam ini sah", body.getName(), fixed.decree().number(), "91,25");
		browser.screenshot("certificate-verify-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("certificate-verify-phone");

		browser.driver().findElement(By.id("kode")).sendKeys("AAAAAAAAAA");
		browser.clickToLoad(By.cssSelector("#verification-form button[type=submit]"));
		assertThat(browser.mainText()).contains("Kode sertifikat tidak ditemukan");
		browser.screenshot("certificate-unknown-phone");

		browser.size(Browser.DESKTOP);
		browser.get("/hasil/" + fixed.year() + "/badan/" + body.getCode());
		assertThat(browser.mainText()).contains(body.getName(), "91,25", "Informatif", "78,50", "impor");
		assertThat(browser.driver().findElements(By.cssSelector("#chart-trend"))).hasSize(1);
		browser.screenshot("body-page-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("body-page-phone");
	}

}
