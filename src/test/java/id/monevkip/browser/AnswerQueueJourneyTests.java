package id.monevkip.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmissionAnswer;
import id.monevkip.submission.internal.SubmissionAnswerRepository;
import id.monevkip.submission.internal.Workspace;
import id.monevkip.submission.internal.Workspaces;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A village PPID on a phone over a bad link: answers given offline are kept on the device, shown as not sent and
 * sent when the connection returns; a page opened again puts them back and sends them; a colleague's change in
 * between gives the conflict box; a refused answer stays visible; an expired session signs in again on the page.
 * Chromium's own network emulation cuts the link.
 */
@IntegrationTest
class AnswerQueueJourneyTests extends BrowserTestSupport {

	static final String OWN_PASSWORD = "antrian-pass-2026";

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Workspaces workspaces;

	@Autowired
	AnswerService answerService;

	@Autowired
	SubmissionAnswerRepository answers;

	/** The body of the respondent the test opened the questionnaire for. */
	PublicBody body;

	@Test
	void anAnswerGivenOfflineIsKeptShownAsNotSentAndSavedWhenTheConnectionReturns() {
		var rina = openFirstAspectOnAPhone("Rina Luring");
		var workspace = workspace(rina);

		browser.emulateNetwork(true, 0, 0);
		click("#q-JI-02-no");
		waitUntil(() -> status("JI-02").contains("Belum terkirim"));
		assertThat(find("#offline-banner").isDisplayed()).isTrue();
		assertThat(find("#offline-banner").getText()).contains("Tidak tersambung", "1 jawaban");
		assertThat(stored(workspace, "JI-02")).isNull();
		browser.screenshot("answer-offline-phone");

		browser.emulateNetwork(false, 400, 400);
		waitUntil(() -> status("JI-02").contains("Tersimpan pukul"), 40);
		assertThat(stored(workspace, "JI-02")).isEqualTo("NO");
		waitUntil(() -> !find("#offline-banner").isDisplayed());
		assertThat(pendingOnDevice()).isZero();
	}

	@Test
	void answersNotSentWhenThePageClosesAreBackOnTheirCardsWhenItOpensAgainAndAreThenSent() {
		var rina = openFirstAspectOnAPhone("Rina Buka Lagi");
		var workspace = workspace(rina);
		var page = browser.path();

		// The server cannot be reached for saves, but pages still load: close and open the page meanwhile.
		browser.blockRequests(List.of("*/answers/*"));
		click("#q-JI-03-yes");
		waitUntil(() -> status("JI-03").contains("Belum terkirim"));
		browser.driver().navigate().refresh();
		acceptLeaveWarning();
		waitUntil(() -> find("#q-JI-03-yes").isSelected() && status("JI-03").contains("Belum terkirim"));
		assertThat(stored(workspace, "JI-03")).isNull();
		browser.screenshot("answer-restored-phone");

		browser.blockRequests(List.of());
		waitUntil(() -> status("JI-03").contains("Tersimpan pukul"), 40);
		assertThat(stored(workspace, "JI-03")).isEqualTo("YES");
		assertThat(browser.path()).isEqualTo(page);
	}

	@Test
	void aQueuedAnswerThatAColleagueChangedMeanwhileShowsTheConflictAndOverwritesNothing() {
		var rina = openFirstAspectOnAPhone("Rina Antre");
		var workspace = workspace(rina);
		var budi = fixtures.respondent(body, "Budi Antre");
		var question = workspace.questionByCode("JI-04").orElseThrow();

		browser.emulateNetwork(true, 0, 0);
		click("#q-JI-04-yes");
		waitUntil(() -> status("JI-04").contains("Belum terkirim"));
		answerService.save(budi, workspace.id(), question.id(), List.of("NO"), null);

		browser.normalNetwork();
		waitUntil(() -> !browser.driver().findElements(By.cssSelector("#status-JI-04 .conflict")).isEmpty(), 40);
		assertThat(status("JI-04")).contains("Budi Antre");
		assertThat(stored(workspace, "JI-04")).isEqualTo("NO");
		assertThat(pendingOnDevice()).isZero();
		browser.screenshot("answer-queued-conflict-phone");
	}

	@Test
	void aQueuedAnswerTheServerRefusesStaysVisibleWithItsReasonAcrossAReload() {
		var rina = openAspectOnAPhone("Rina Ditolak", "PI");
		var workspace = workspace(rina);

		browser.emulateNetwork(true, 0, 0);
		var number = find("#q-PI-07-number");
		scrollTo(number);
		number.sendKeys("banyak sekali");
		number.sendKeys("\t");
		waitUntil(() -> status("PI-07").contains("Belum terkirim"));
		browser.normalNetwork();
		waitUntil(() -> status("PI-07").contains("Belum tersimpan") && status("PI-07").contains("angka"), 40);
		assertThat(stored(workspace, "PI-07")).isNull();

		browser.driver().navigate().refresh();
		acceptLeaveWarning();
		waitUntil(() -> status("PI-07").contains("Belum tersimpan"));
		assertThat(find("#q-PI-07-number").getDomProperty("value")).isEqualTo("banyak sekali");
		browser.screenshot("answer-refused-kept-phone");

		click("#status-PI-07 button");
		waitUntil(() -> find("#q-PI-07-number").getDomProperty("value").isEmpty());
		assertThat(pendingOnDevice()).isZero();
	}

	@Test
	void anExpiredSessionSignsInAgainOnThePageAndTheAnswerArrives() {
		var rina = openFirstAspectOnAPhone("Rina Sesi");
		var workspace = workspace(rina);
		var page = browser.path();

		// The server no longer knows the session the browser holds.
		browser.driver().manage().deleteCookieNamed("JSESSIONID");
		browser.driver().manage().addCookie(new Cookie("JSESSIONID", "EXPIRED0000000000000000000000000"));
		click("#q-JI-05-yes");
		waitUntil(() -> find("#relogin").isDisplayed());
		assertThat(status("JI-05")).contains("Belum terkirim");
		assertThat(stored(workspace, "JI-05")).isNull();
		browser.screenshot("answer-session-expired-phone");

		find("#relogin-password").sendKeys("salah-sekali");
		find("#relogin button[type=submit]").click();
		waitUntil(() -> find("#relogin [data-relogin-error]").isDisplayed());
		assertThat(find("#relogin [data-relogin-error]").getText()).contains("Kata sandi salah");
		assertThat(find("#relogin-password").getDomProperty("value")).isEmpty();

		find("#relogin-password").sendKeys(OWN_PASSWORD);
		find("#relogin button[type=submit]").click();
		waitUntil(() -> status("JI-05").contains("Tersimpan pukul"), 30);
		assertThat(find("#relogin").isDisplayed()).isFalse();
		assertThat(stored(workspace, "JI-05")).isEqualTo("YES");
		assertThat(browser.path()).isEqualTo(page);

		// Signed in again for real: the next answer saves at once.
		click("#q-JI-06-no");
		waitUntil(() -> status("JI-06").contains("Tersimpan pukul"));
		assertThat(stored(workspace, "JI-06")).isEqualTo("NO");
	}

	private CurrentUser openFirstAspectOnAPhone(String name) {
		return openAspectOnAPhone(name, "JI");
	}

	private CurrentUser openAspectOnAPhone(String name, String indicatorCode) {
		body = fixtures.participant("PD_KABKOTA");
		var user = fixtures.respondent(body, name);
		var account = accounts.findById(user.accountId()).orElseThrow();
		account.setPassword(passwordEncoder.encode(OWN_PASSWORD), false);
		accounts.save(account);
		browser.size(Browser.PHONE);
		logIn(user.email(), OWN_PASSWORD);
		var workspace = workspace(user);
		var indicator = workspace.instrument().indicators().stream().filter(i -> i.code().equals(indicatorCode))
			.findFirst().orElseThrow();
		browser.get("/respondent/submissions/" + workspace.id() + "/indicators/" + indicator.id());
		return user;
	}

	private Workspace workspace(CurrentUser user) {
		return ((Workspaces.Entry.Ready) workspaces.current(user)).workspace();
	}

	private @Nullable String stored(Workspace workspace, String code) {
		var question = workspace.questionByCode(code).orElseThrow();
		return answers.findBySubmissionIdAndQuestionId(workspace.id(), question.id()).map(SubmissionAnswer::getValue)
			.orElse(null);
	}

	private long pendingOnDevice() {
		return ((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.querySelector('[data-answer-queue]').answerQueue.pending()")).longValue();
	}

	/** Leaving with unsent answers asks first; the person chooses to leave. */
	private void acceptLeaveWarning() {
		try {
			browser.driver().switchTo().alert().accept();
		}
		catch (NoAlertPresentException ex) {
			// the browser did not ask (no user gesture counted): nothing to accept
		}
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private String status(String code) {
		return find("#status-" + code).getText();
	}

	private void waitUntil(BooleanSupplier condition) {
		waitUntil(condition, 10);
	}

	private void waitUntil(BooleanSupplier condition, int seconds) {
		try {
			new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds)).ignoring(RuntimeException.class)
				.until(driver -> condition.getAsBoolean());
		}
		catch (TimeoutException ex) {
			browser.screenshot("answer-queue-timeout");
			throw ex;
		}
	}

	private void click(String css) {
		var element = find(css);
		scrollTo(element);
		element.click();
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
	}

	private WebElement find(String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

}
