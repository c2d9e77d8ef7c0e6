package id.monevkip.browser;

import id.monevkip.IntegrationTest;
import id.monevkip.ranking.tokoh.TokohFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A juror of the tokoh team scores a nomination on a phone: sees the nomination and only their own scores, saves
 * a draft, submits, and then sees the other juror's total and the mean. Then the admin's and the commissioner's
 * pages at desktop width. Screenshots throughout.
 */
@IntegrationTest
class TokohJourneyTests extends BrowserTestSupport {

	@Autowired
	TokohFixtures fixtures;

	@Test
	void aJurorScoresANominationOnAPhoneAndSubmits() {
		long cycleId = fixtures.cycle();
		long nomination = fixtures.nominate(cycleId, "Siti Aminah Rahayu", fixtures.admin());
		fixtures.nominate(cycleId, "Hendra Gunawan Saputra", fixtures.admin());
		var other = fixtures.juror(cycleId, "Juri Lain");
		var juror = fixtures.juror(cycleId, "Juri Ponsel");
		fixtures.close(cycleId);
		fixtures.submit(other, nomination, 90, 90, 90, 90);

		browser.size(Browser.PHONE);
		logIn(juror.email(), "not-used");
		browser.get("/juror/tokoh");
		assertThat(browser.mainText()).contains("Penilaian Anugerah Tokoh", "Siti Aminah Rahayu", "Belum dinilai");
		browser.screenshot("tokoh-juror-list-phone");
		assertNoSidewaysScroll();
		browser.clickToLoad(By.linkText("Siti Aminah Rahayu"));
		assertThat(browser.mainText()).contains("Penilaian tokoh: Siti Aminah Rahayu", "Hanya Anda yang melihat nilai Anda",
				"Komitmen dan kebijakan").doesNotContain(other.displayName());
		browser.screenshot("tokoh-sheet-phone");
		assertNoSidewaysScroll();

		type("marks0.score", "80");
		type("marks1.score", "70");
		browser.clickToLoad(By.id("save-draft"));
		assertThat(browser.mainText()).contains("Draf nilai disimpan").doesNotContain(other.displayName());
		type("marks2.score", "75");
		type("marks3.score", "85");
		browser.clickToLoad(By.id("submit-sheet"));
		// 80×30 + 70×25 + 75×25 + 85×20 = 77.25; mean with 90 = 83.63 (83.625)
		assertThat(browser.mainText()).contains("Nilai Anda telah dikirim", other.displayName() + ": 90,00",
				"Total nilai Anda: 77,25", "Rata-rata sementara: 83,63");
		browser.screenshot("tokoh-sheet-submitted-phone");
		assertNoSidewaysScroll();

		browser.size(Browser.DESKTOP);
		browser.get("/juror/tokoh/nominations/" + nomination);
		browser.screenshot("tokoh-sheet-submitted-desktop");
		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();

		logIn("admin@kipkaltim.test");
		browser.get("/admin/cycles/" + cycleId + "/tokoh");
		assertThat(browser.mainText()).contains("Peringkat gabungan", "Siti Aminah Rahayu", "83,63", "Pengusulan ditutup");
		browser.screenshot("tokoh-admin-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("tokoh-admin-phone");
		assertNoSidewaysScroll();
		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();

		browser.size(Browser.DESKTOP);
		logIn("komisioner@kipkaltim.test");
		browser.get("/commissioner/cycles/" + cycleId + "/tokoh");
		assertThat(browser.mainText()).contains("Penetapan tokoh terpilih", "83,63");
		browser.screenshot("tokoh-commissioner-desktop");
	}

	private void type(String id, String value) {
		var input = browser.driver().findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	private void assertNoSidewaysScroll() {
		assertThat((Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

}
