package id.monevkip.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.monevkip.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kukar's Diskominfo invites a new respondent in English; the invited person opens the mailed link, switches the
 * page to Bahasa Indonesia, chooses a password, signs in and lands on the respondent home. The same link then
 * only says that it was used. Desktop and phone screenshots of the invite form, the link page and the used link.
 */
@IntegrationTest
class InvitationJourneyTests extends BrowserTestSupport {

	static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/invitations/[A-Za-z0-9_-]+)");

	static final String NEW_PASSWORD = "senja di tepian mahakam";

	@Autowired
	GreenMail greenMail;

	@Test
	void coordinatorInvitesAndTheRespondentSetsAPasswordOnce() throws Exception {
		String email = "ppid-" + UUID.randomUUID().toString().substring(0, 8) + "@desa.test";
		logIn("diskominfo@kukar.test");
		browser.driver().findElement(By.id("respondent-accounts")).click();
		browser.clickToLoad(By.id("invite"));
		assertThat(browser.path()).isEqualTo("/coordinator/accounts/new");
		browser.driver().findElement(By.id("email")).sendKeys(email);
		browser.driver().findElement(By.id("displayName")).sendKeys("Ibu Rina Pela");
		browser.driver().findElement(By.xpath("//select[@id='bodyId']/option[contains(., '(DESA-6402082009)')]")).click();
		assertThat(browser.driver().findElement(By.cssSelector("input[name=language][value=id]")).isSelected()).isTrue();
		browser.driver().findElement(By.cssSelector("input[name=language][value=en]")).click();
		browser.screenshot("invitation-form-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("invitation-form-phone");
		assertNoSideways();
		browser.size(Browser.DESKTOP);
		click(By.cssSelector("#invite-form button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/coordinator/accounts");
		assertThat(main()).contains("Undangan sudah dikirim ke " + email);
		browser.driver().findElement(By.id("q")).sendKeys(email.substring(0, 13).toUpperCase());
		new Select(browser.driver().findElement(By.id("state"))).selectByValue("INVITED");
		click(By.cssSelector("#respondent-filter button[type=submit]"));
		assertThat(browser.driver().findElement(By.id("respondents")).getText()).contains(email, "Ibu Rina Pela",
				"Pemerintah Desa Pela", "Menunggu kata sandi");
		browser.size(Browser.PHONE);
		browser.screenshot("invitation-list-phone");
		assertNoSideways();
		((JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById('respondents').scrollIntoView({block: 'start', behavior: 'instant'});");
		browser.screenshot("invitation-list-rows-phone");
		browser.size(Browser.DESKTOP);

		String link = link(awaitMailTo(email));
		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();
		assertThat(browser.path()).isEqualTo("/login?logout");

		browser.get(link);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Choose a password");
		assertThat(main()).contains("Welcome, Ibu Rina Pela.");
		assertThat(browser.driver().findElement(By.id("invitation-email")).getText()).isEqualTo(email);
		browser.screenshot("invitation-link-en-desktop");
		browser.driver().findElement(By.linkText("ID")).click();
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Buat kata sandi");
		browser.screenshot("invitation-link-desktop");
		browser.size(Browser.PHONE);
		browser.screenshot("invitation-link-phone");
		assertNoSideways();

		choosePassword("pendek", "pendek");
		assertThat(main()).contains("minimal 10 karakter");
		browser.screenshot("invitation-link-error-phone");
		assertNoSideways();
		choosePassword(NEW_PASSWORD, NEW_PASSWORD);
		assertThat(browser.path()).isEqualTo("/login");
		assertThat(main()).contains("Kata sandi Anda sudah tersimpan");

		logIn(email, NEW_PASSWORD);
		assertThat(browser.path()).isEqualTo("/respondent");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Beranda Responden");
		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();

		browser.get(link);
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Tautan sudah dipakai");
		assertThat(main()).contains("sudah dipakai untuk membuat kata sandi");
		browser.screenshot("invitation-used-phone");
		assertNoSideways();
		browser.size(Browser.DESKTOP);
		browser.screenshot("invitation-used-desktop");
	}

	private void choosePassword(String password, String confirm) {
		browser.driver().findElement(By.id("newPassword")).clear();
		browser.driver().findElement(By.id("newPassword")).sendKeys(password);
		browser.driver().findElement(By.id("confirmPassword")).clear();
		browser.driver().findElement(By.id("confirmPassword")).sendKeys(confirm);
		click(By.cssSelector("form[action^='/invitations/'] button[type=submit]"));
	}

	private void click(By by) {
		browser.clickToLoad(by);
	}

	private String main() {
		return browser.driver().findElement(By.tagName("main")).getText();
	}

	private void assertNoSideways() {
		assertThat((Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
			.isLessThanOrEqualTo(0L);
	}

	/** The path of the mailed link: the mail names the public address, the test serves on a random port. */
	private static String link(MimeMessage mail) throws Exception {
		String text = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=\n", "");
		var matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("an invitation link in:\n" + text).isTrue();
		return matcher.group(1);
	}

	/** The listener mails after the commit, on another thread. */
	private MimeMessage awaitMailTo(String address) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : greenMail.getReceivedMessages()) {
				var recipients = message.getRecipients(Message.RecipientType.TO);
				if (recipients != null && recipients.length == 1 && recipients[0].toString().equals(address)) {
					return message;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No mail to " + address + " arrived");
	}

}
