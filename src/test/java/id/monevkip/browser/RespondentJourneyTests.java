package id.monevkip.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.questionnaire.QuestionView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmissionAnswer;
import id.monevkip.submission.internal.SubmissionAnswerRepository;
import id.monevkip.submission.internal.Workspace;
import id.monevkip.submission.internal.Workspaces;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A respondent fills the SAQ in a real browser: answers save themselves, evidence is uploaded, reused and linked,
 * a broken link is caught before sending, the SAQ is sent and locked; two colleagues editing the same answer see
 * the conflict; and the main pages at phone width.
 */
@IntegrationTest
class RespondentJourneyTests extends BrowserTestSupport {

	static final String OWN_PASSWORD = "journey-pass-2026";

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

	@TempDir
	Path folder;

	@Test
	void respondentAnswersAddsEvidenceCatchesABrokenLinkSendsAndTheAnswersAreLocked() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = respondentWithPassword(body, "Rina Journey");
		logIn(rina.email(), OWN_PASSWORD);
		assertThat(browser.path()).startsWith("/respondent");
		browser.get("/respondent");
		assertThat(text("main")).contains("Batas pengisian", "0 dari 53 pertanyaan sudah lengkap");
		browser.screenshot("respondent-home-desktop");

		browser.driver().findElement(By.linkText("Mulai mengisi")).click();
		var workspace = workspace(rina);
		var first = workspace.instrument().indicators().get(0);
		assertThat(browser.path()).startsWith("/respondent/submissions/" + workspace.id() + "/indicators/" + first.id());

		// Radio, choice and checklist answers save themselves on change.
		click("#q-JI-01-no");
		waitForSaved("JI-01", "Rina Journey");
		click("#q-JI-09-C");
		waitForSaved("JI-09", "Rina Journey");
		click("#q-JI-10-E1");
		waitForSaved("JI-10", "Rina Journey");
		assertThat(stored(workspace, "JI-01")).isEqualTo("NO");
		assertThat(stored(workspace, "JI-09")).isEqualTo("C");
		assertThat(stored(workspace, "JI-10")).isEqualTo("E1");
		// The autosave also redraws the attachments area: a claim without its evidence is flagged at once.
		waitUntil(() -> find("#q-JI-10").getText().contains("Bukti dukung belum ada"));

		// A real PDF on a question that needs a file: choosing it starts the upload, with a progress bar on its row,
		// and the question's attachments are refreshed in place when it is stored.
		click("#q-JI-08-yes");
		waitForSaved("JI-08", "Rina Journey");
		var pdfName = "SK PPID " + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
		Path pdf = folder.resolve(pdfName);
		Files.writeString(pdf, EvidenceJourneyTests.MINIMAL_PDF + "% " + UUID.randomUUID() + "\n");
		find("#files-JI-08").sendKeys(pdf.toString());
		waitUntil(() -> find("#q-JI-08 .evidence-upload-item").getAttribute("class").contains("evidence-upload-done"));
		assertThat(find("#q-JI-08 .evidence-upload-item .progress").getAttribute("aria-valuenow")).isEqualTo("100");
		waitUntil(() -> find("#q-JI-08 .attachments").getText().contains(pdfName));
		browser.screenshot("respondent-indicator-evidence-desktop");

		// The same library file attached to another question.
		click("#q-JI-11-yes");
		waitForSaved("JI-11", "Rina Journey");
		new Select(find("#library-JI-11")).selectByVisibleText(pdfName + " (PDF)");
		click("#q-JI-11 form[action$='/attach'] button[type=submit]");
		waitUntil(() -> find("#q-JI-11 .attachments").getText().contains(pdfName));

		// A link to a closed local port: after the check it shows as not openable.
		click("#q-JI-12-yes");
		waitForSaved("JI-12", "Rina Journey");
		find("#url-JI-12").sendKeys("http://127.0.0.1:1/broken");
		find("#title-JI-12").sendKeys("Tautan rusak");
		click("#q-JI-12 form[action$='/links'] button[type=submit]");
		waitUntil(() -> find("#q-JI-12 .attachments").getText().contains("Tautan rusak"));
		// Checked in the background as soon as it is added; the button checks it again now.
		click("#q-JI-12 form[action$='/check'] button[type=submit]");
		waitUntil(() -> !find("#q-JI-12 .attachments .badge.text-bg-danger").getText().isBlank());
		assertThat(find("#q-JI-12 .attachments").getText()).containsAnyOf("Ditolak: alamat jaringan internal",
				"Rusak: situs tidak dapat dihubungi");

		// A text answer on another indicator saves after typing stops.
		var digital = workspace.instrument().indicators().get(1);
		browser.get("/respondent/submissions/" + workspace.id() + "/indicators/" + digital.id());
		find("#q-DG-09-text").sendKeys("Situs dikelola Diskominfo.");
		waitForSaved("DG-09", "Rina Journey");
		assertThat(stored(workspace, "DG-09")).isEqualTo("Situs dikelola Diskominfo.");

		browser.get("/respondent/submissions/" + workspace.id() + "/check");
		var problems = find(".problems").getText();
		assertThat(problems).contains("JI-10", "Bukti dukung belum ada", "Belum dijawab");
		// An unreachable link no longer blocks: it is listed apart, with what to do.
		assertThat(find("#unreachable-links").getText()).contains("JI-12");
		assertThat(find("#confirm-link").isEnabled()).isFalse();
		browser.screenshot("respondent-check-incomplete-desktop");

		// Remove the broken link again.
		browser.get("/respondent/submissions/" + workspace.id() + "/indicators/" + first.id());
		click("#q-JI-12 .attachments form[action*='/evidence/'] button[type=submit]");
		waitUntil(() -> browser.driver().findElements(By.cssSelector("#q-JI-12 .attachments")).isEmpty());

		// Everything else answered through the service, claiming nothing, so no further evidence is needed.
		var fileId = uploadedFileId("JI-08");
		for (var indicator : workspace.instrument().indicators()) {
			for (var q : indicator.questions()) {
				if (Set.of("JI-08", "JI-11", "JI-01", "JI-09", "DG-09").contains(q.code())) {
					continue;
				}
				answerService.save(rina, workspace.id(), q.id(), claimingNothing(q), version(workspace, q));
				if (q.code().equals("PI-07")) {
					answerService.attachFile(rina, workspace.id(), q.id(), fileId, false);
				}
			}
		}

		browser.get("/respondent/submissions/" + workspace.id() + "/check");
		assertThat(browser.driver().findElements(By.cssSelector(".problems"))).isEmpty();
		assertThat(text("main")).contains("Semua 53 pertanyaan lengkap");
		browser.clickToLoad(By.cssSelector("#confirm-link"));
		browser.clickToLoad(By.cssSelector("#submit-button"));
		assertThat(browser.path()).isEqualTo("/respondent/submissions/" + workspace.id() + "/receipts/1");
		assertThat(find(".fingerprint").getText()).hasSizeGreaterThanOrEqualTo(32);
		browser.screenshot("respondent-receipt-desktop");

		browser.get("/respondent/submissions/" + workspace.id() + "/indicators/" + first.id());
		assertThat(find("#q-JI-01-no").isEnabled()).isFalse();
		assertThat(find("#q-JI-01-no").isSelected()).isTrue();
		assertThat(find("#q-JI-01 form.answer-form button[type=submit]").isEnabled()).isFalse();
		assertThat(browser.driver().findElements(By.cssSelector("#q-JI-08 details.add-evidence"))).isEmpty();
		browser.screenshot("respondent-indicator-sent-desktop");

		var ji01 = question(workspace, "JI-01");
		assertThatThrownBy(() -> answerService.save(rina, workspace.id(), ji01.id(), List.of("YES"), version(workspace, ji01)))
			.isInstanceOf(BusinessException.class);
		assertThat(stored(workspace, "JI-01")).isEqualTo("NO");
	}

	@Test
	void whenAColleagueChangedTheSameAnswerTheRespondentSeesBothAndKeepsTheirOwn() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = respondentWithPassword(body, "Rina Konflik");
		var budi = respondentWithPassword(body, "Budi Konflik");
		var workspace = workspace(rina);
		var indicatorPage = "/respondent/submissions/" + workspace.id() + "/indicators/"
				+ workspace.instrument().indicators().get(0).id();

		logIn(rina.email(), OWN_PASSWORD);
		browser.get(indicatorPage);
		click("#q-JI-09-A");
		waitForSaved("JI-09", "Rina Konflik");

		try (var colleague = Browser.open(port)) {
			var rinaBrowser = browser;
			browser = colleague;
			try {
				logIn(budi.email(), OWN_PASSWORD);
				browser.get(indicatorPage);
				click("#q-JI-09-B");
				waitForSaved("JI-09", "Budi Konflik");
			}
			finally {
				browser = rinaBrowser;
			}
		}
		assertThat(stored(workspace, "JI-09")).isEqualTo("B");

		// Rina's page still shows her answer; her next change would overwrite Budi's, so she is asked.
		click("#q-JI-09-C");
		waitUntil(() -> !browser.driver().findElements(By.cssSelector("#status-JI-09 .conflict")).isEmpty());
		var conflict = find("#status-JI-09 .conflict");
		assertThat(conflict.getText()).contains("Budi Konflik");
		assertThat(find("#status-JI-09 .conflict-theirs").getText()).isEqualTo(option(workspace, "JI-09", "B"));
		assertThat(find("#status-JI-09 .conflict-mine").getText()).isEqualTo(option(workspace, "JI-09", "C"));
		assertThat(stored(workspace, "JI-09")).isEqualTo("B");
		browser.screenshot("respondent-conflict-desktop");

		click("#status-JI-09 .keep-mine");
		waitForSaved("JI-09", "Rina Konflik");
		assertThat(browser.driver().findElements(By.cssSelector("#status-JI-09 .conflict"))).isEmpty();
		assertThat(stored(workspace, "JI-09")).isEqualTo("C");
	}

	@Test
	void theRespondentPagesWorkAtPhoneWidth() {
		var body = fixtures.participant("PD_KABKOTA");
		var rina = respondentWithPassword(body, "Rina Ponsel");
		browser.size(Browser.PHONE);
		logIn(rina.email(), OWN_PASSWORD);
		browser.get("/respondent");
		assertThat(text("main")).contains("Batas pengisian");
		assertNoSidewaysScrolling();
		browser.screenshot("respondent-home-phone");

		browser.driver().findElement(By.linkText("Mulai mengisi")).click();
		click("#q-JI-01-yes");
		waitForSaved("JI-01", "Rina Ponsel");
		browser.driver().navigate().refresh();
		assertThat(find("#q-JI-01").getText()).contains("Bukti dukung belum ada");
		assertNoSidewaysScrolling();
		browser.screenshot("respondent-indicator-phone");

		var workspace = workspace(rina);
		browser.get("/respondent/submissions/" + workspace.id() + "/check");
		assertThat(find(".problems").getText()).contains("JI-01");
		assertNoSidewaysScrolling();
		browser.screenshot("respondent-check-phone");
	}

	private CurrentUser respondentWithPassword(PublicBody body, String name) {
		var user = fixtures.respondent(body, name);
		var account = accounts.findById(user.accountId()).orElseThrow();
		account.setPassword(passwordEncoder.encode(OWN_PASSWORD), false);
		accounts.save(account);
		return user;
	}

	private Workspace workspace(CurrentUser user) {
		return ((Workspaces.Entry.Ready) workspaces.current(user)).workspace();
	}

	private static QuestionView question(Workspace workspace, String code) {
		return workspace.questionByCode(code).orElseThrow();
	}

	private static String option(Workspace workspace, String questionCode, String optionCode) {
		return question(workspace, questionCode).options().stream().filter(o -> o.code().equals(optionCode)).findFirst()
			.orElseThrow().label();
	}

	private @Nullable String stored(Workspace workspace, String code) {
		return answers.findBySubmissionIdAndQuestionId(workspace.id(), question(workspace, code).id())
			.map(SubmissionAnswer::getValue).orElse(null);
	}

	private @Nullable Long version(Workspace workspace, QuestionView question) {
		return answers.findBySubmissionIdAndQuestionId(workspace.id(), question.id()).map(SubmissionAnswer::getVersion)
			.orElse(null);
	}

	/** The library file attached to a question, from its link on the page. */
	private long uploadedFileId(String code) {
		var href = find("#q-" + code + " .attachments a[href*='/evidence/']").getDomAttribute("href");
		return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
	}

	/** An answer that claims nothing, so that it needs no evidence; a number always claims. */
	private static List<String> claimingNothing(QuestionView question) {
		return switch (question.answerType()) {
			case YES_NO -> List.of("NO");
			case SINGLE_CHOICE -> List.of(question.options().stream().filter(o -> o.fraction().signum() == 0).findFirst()
				.orElse(question.options().get(0)).code());
			case CHECKLIST -> List.of();
			case NUMBER -> List.of("0");
			case FREE_TEXT -> List.of("Belum ada.");
		};
	}

	private void assertNoSidewaysScrolling() {
		var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
		Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
		Number client = (Number) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scroll.intValue()).as("page width at %s px", client).isLessThanOrEqualTo(client.intValue());
	}

	private void waitForSaved(String code, String name) {
		waitUntil(() -> {
			var status = find("#status-" + code).getText();
			return status.contains("Tersimpan pukul") && status.contains(name);
		});
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(RuntimeException.class)
			.until(driver -> condition.getAsBoolean());
	}

	/** Clicks an element after scrolling it into view at once: Bootstrap's smooth scrolling makes WebDriver click too early. */
	private void click(String css) {
		var element = find(css);
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private WebElement find(String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

	private String text(String css) {
		return find(css).getText();
	}

}
