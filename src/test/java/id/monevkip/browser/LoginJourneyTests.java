package id.monevkip.browser;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser logs in as each demo role and lands on that role's home page. */
@IntegrationTest
class LoginJourneyTests extends BrowserTestSupport {

	@ParameterizedTest
	@CsvSource({ "admin@kipkaltim.test, /admin, Beranda Admin", "komisioner@kipkaltim.test, /commissioner, Beranda Komisioner",
			"penilai@kipkaltim.test, /assessor, Beranda Tim Penilai", "diskominfo@kukar.test, /coordinator, Beranda Koordinator",
			"responden@kukar.test, /respondent, Beranda Responden", "juri@kipkaltim.test, /juror, Beranda Juri" })
	void eachDemoRoleLogsInAndLandsOnItsHome(String email, String home, String heading) {
		logIn(email, PASSWORD);
		assertThat(browser.path()).isEqualTo(home);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		String name = "home" + home.replace('/', '-');
		browser.screenshot(name + "-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot(name + "-phone");
		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();
		assertThat(browser.path()).isEqualTo("/login?logout");
	}

	@Test
	void loginPageShowsTheDemoAccountsAndSwitchesLanguage() {
		browser.get("/login");
		assertThat(browser.driver().findElement(By.id("demo-logins")).getText()).contains("admin@kipkaltim.test");
		browser.screenshot("login-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("login-phone");
		browser.driver().findElement(By.linkText("EN")).click();
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Log in to e-Monev KIP");
		browser.driver().findElement(By.linkText("ID")).click();
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Masuk ke e-Monev KIP");
	}

	@Test
	void wrongPasswordShowsOneMessageThatRevealsNothing() {
		logIn("responden@kukar.test", "salah-sekali-123");
		String wrongPassword = browser.driver().findElement(By.cssSelector(".alert-danger")).getText();
		logIn("tidak-ada@kukar.test", "salah-sekali-123");
		String unknownEmail = browser.driver().findElement(By.cssSelector(".alert-danger")).getText();
		assertThat(wrongPassword).isEqualTo(unknownEmail).contains("Email atau kata sandi salah");
		assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value")).isEqualTo("tidak-ada@kukar.test");
		browser.screenshot("login-failed");
	}

	@Test
	void forbiddenPageIsShownInsideTheLayout() {
		logIn("responden@kukar.test", PASSWORD);
		browser.get("/admin");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Akses ditolak");
		assertThat(browser.driver().findElement(By.cssSelector("nav")).getText()).contains("Keluar");
		browser.screenshot("error-403");
	}

}
