package id.monevkip.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.internal.Extension;
import id.monevkip.cycle.internal.ExtensionRepository;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionWork;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static id.monevkip.submission.SubmissionFixtures.days;

/**
 * An answer given offline just before the body's deadline arrives after it: the server refuses it with the
 * deadline message, the card keeps it visible with that reason (also after a reload), nothing is stored.
 */
@IntegrationTest
class QueuedAfterDeadlineJourneyTests extends BrowserTestSupport {

	static final String OWN_PASSWORD = "tenggat-pass-2026";

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	ExtensionRepository extensions;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	@Test
	void anAnswerQueuedOfflineThatArrivesAfterTheDeadlineIsRefusedWithTheDeadlineAndStaysVisible() {
		var now = clock.instant();
		var body = fixtures.participantInOwnCycle("BUMD", 2002, closedYesterday(now));
		var respondent = fixtures.respondent(body, "Tini Tenggat");
		var account = accounts.findById(respondent.accountId()).orElseThrow();
		account.setPassword(passwordEncoder.encode(OWN_PASSWORD), false);
		accounts.save(account);
		var workspace = work.open(respondent);
		// the body's extension runs out in a few seconds: long enough to open the page and answer offline
		var closesAt = now.plusSeconds(25);
		extensions.save(new Extension(workspace.cycle().id(), Stage.SAQ, new Extension.Target(null, body.getId()),
				closesAt, "Gangguan jaringan di desa", 1L, "Admin", now));
		var question = SubmissionWork.yesNo(workspace, id.monevkip.questionnaire.scoring.EvidenceRequirement.FILE, 0);

		browser.size(Browser.PHONE);
		logIn(respondent.email(), OWN_PASSWORD);
		browser.get("/respondent/submissions/" + workspace.id() + "/indicators/" + workspace.indicatorOf(question.id()).id());
		browser.emulateNetwork(true, 0, 0);
		var yes = find("#q-" + question.code() + "-yes");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", yes);
		yes.click();
		waitUntil(() -> status(question.code()).contains("Belum terkirim"), 10);
		assertThat(Instant.now()).isBefore(closesAt);

		waitUntil(() -> Instant.now().isAfter(closesAt.plusSeconds(1)), 40);
		browser.normalNetwork();
		waitUntil(() -> status(question.code()).contains("sudah lewat"), 40);
		assertThat(status(question.code())).contains("Belum tersimpan");
		browser.screenshot("answer-after-deadline-phone");
		assertThat(work.count("select count(*) from submission_answer where submission_id = ? and answer_value is not null",
				workspace.id())).isZero();

		browser.driver().navigate().refresh();
		try {
			browser.driver().switchTo().alert().accept();
		}
		catch (NoAlertPresentException ex) {
			// no leave warning was shown: nothing to accept
		}
		waitUntil(() -> status(question.code()).contains("sudah lewat") && find("#q-" + question.code() + "-yes").isSelected(), 20);
	}

	private static List<StageWindow> closedYesterday(Instant now) {
		return List.of(new StageWindow(Stage.REGISTRATION, days(now, -40), days(now, -20)),
				new StageWindow(Stage.SAQ, days(now, -30), days(now, -1)),
				new StageWindow(Stage.VERIFICATION, days(now, -2), days(now, 30)),
				new StageWindow(Stage.REVISION, days(now, 31), days(now, 40)),
				new StageWindow(Stage.OBJECTION, days(now, 41), days(now, 47)),
				new StageWindow(Stage.PRESENTATION, days(now, 48), days(now, 55)),
				new StageWindow(Stage.VISITATION, days(now, 56), days(now, 70)),
				new StageWindow(Stage.DETERMINATION, days(now, 71), days(now, 77)),
				new StageWindow(Stage.AWARD, days(now, 78), days(now, 78).plus(Duration.ofHours(4))));
	}

	private String status(String code) {
		return find("#status-" + code).getText();
	}

	private void waitUntil(BooleanSupplier condition, int seconds) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds)).ignoring(RuntimeException.class)
			.until(driver -> condition.getAsBoolean());
	}

	private WebElement find(String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

}
