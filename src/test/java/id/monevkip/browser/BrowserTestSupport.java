package id.monevkip.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fresh browser per test against the application on its random port, and the login every journey starts with. */
abstract class BrowserTestSupport {

	static final String PASSWORD = "monev-demo-2026";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	void logIn(String email) {
		logIn(email, PASSWORD);
	}

	void logIn(String email, String password) {
		browser.get("/login");
		browser.driver().findElement(By.id("username")).clear();
		browser.driver().findElement(By.id("username")).sendKeys(email);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		// wait for the page after the login: reading it right after a plain click may still see the login form
		browser.clickToLoad(By.cssSelector("form[action$='/login'] button[type=submit]"));
	}

}
