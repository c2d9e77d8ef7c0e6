package id.monevkip.browser;

import java.time.Duration;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionStatus;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.AnswerService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending on a phone (360 px): the check page shows the link that cannot be opened and what to do about it, the
 * confirmation page sums up what will be sent, one button sends, and the receipt (with its PDF) and the home say
 * what was sent and what happens next.
 */
@IntegrationTest
class SendJourneyTests extends BrowserTestSupport {

	static final String OWN_PASSWORD = "send-journey-2026";

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmissionManagement management;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void onAPhoneTheRespondentChecksConfirmsSendsWithAnUnreachableLinkAndGetsTheReceipt() {
		var body = fixtures.participant("PD_KABKOTA");
		var sari = respondentWithPassword(body, "Sari Desa");
		var workspace = work.open(sari);
		var withFile = SubmissionWork.yesNo(workspace, EvidenceRequirement.FILE, 0);
		var withLink = SubmissionWork.yesNo(workspace, EvidenceRequirement.LINK, 0);
		work.fillAll(sari, workspace, withFile.code(), withLink.code());
		answers.save(sari, workspace.id(), withFile.id(), List.of("YES"), null);
		answers.upload(sari, workspace.id(), withFile.id(),
				new EvidenceUpload("SK PPID Desa.pdf", new ByteArrayResource(SubmissionWork.pdf())));
		// A link-only question answered "Ya" with the body's website, which is down today.
		answers.save(sari, workspace.id(), withLink.id(), List.of("YES"), null);
		answers.addLink(sari, workspace.id(), withLink.id(), "http://127.0.0.1:1/ppid", "Situs PPID desa");

		browser.size(Browser.PHONE);
		logIn(sari.email(), OWN_PASSWORD);
		browser.get("/respondent");
		assertThat(find("#standing").getText()).contains("belum dikirim");
		browser.clickToLoad(By.linkText("Periksa dan kirim"));

		assertThat(browser.path()).isEqualTo("/respondent/submissions/" + workspace.id() + "/check");
		assertThat(browser.mainText()).contains("Semua 53 pertanyaan lengkap");
		var unreachable = find("#unreachable-links").getText();
		assertThat(unreachable).contains("1 tautan tidak dapat dibuka", "Kuesioner tetap dapat dikirim",
				"tangkapan layar atau PDF", "Pertanyaan " + withLink.code(), "Situs PPID desa", "http://127.0.0.1:1/ppid");
		assertNoSidewaysScrolling();
		browser.screenshot("send-1-check-phone");
		scrollTo("#unreachable-links");
		browser.screenshot("send-1b-check-unreachable-phone");

		browser.clickToLoad(By.cssSelector("#confirm-link"));
		assertThat(browser.path()).isEqualTo("/respondent/submissions/" + workspace.id() + "/confirm");
		var summary = find("#send-summary");
		assertThat(summary.findElement(By.cssSelector(".summary-answered")).getText()).isEqualTo("53 dari 53");
		assertThat(summary.findElement(By.cssSelector(".summary-evidence")).getText()).isEqualTo("2");
		assertThat(summary.findElement(By.cssSelector(".summary-unreachable")).getText()).isEqualTo("1");
		assertThat(browser.mainText()).contains("Setelah dikirim, jawaban dan bukti dukung dikunci");
		assertThat(management.submission(workspace.id()).status()).isEqualTo(SubmissionStatus.DRAFT);
		assertNoSidewaysScrolling();
		browser.screenshot("send-2-confirm-phone");
		scrollTo("#submit-button");
		browser.screenshot("send-2b-confirm-button-phone");

		browser.clickToLoad(By.cssSelector("#submit-button"));
		assertThat(browser.path()).isEqualTo("/respondent/submissions/" + workspace.id() + "/receipts/1");
		assertThat(management.submission(workspace.id()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
		var snapshot = management.latestSnapshot(workspace.id()).orElseThrow();
		assertThat(find(".receipt-number").getText()).startsWith("SAQ-").endsWith(snapshot.fingerprint().substring(0, 8).toUpperCase());
		assertThat(find(".receipt-body").getText()).isEqualTo(body.getName());
		assertThat(find(".receipt-answered").getText()).isEqualTo("53 dari 53");
		assertThat(find(".receipt-unreachable").getText()).isEqualTo("1");
		assertThat(find(".fingerprint").getText()).isEqualTo(snapshot.fingerprint());
		assertThat(browser.mainText()).contains("Kuesioner terkirim", "SK PPID Desa.pdf",
				"Dikirim walaupun tautan tidak dapat dibuka");
		assertNoSidewaysScrolling();
		browser.screenshot("send-3-receipt-phone");
		scrollTo("#sent");
		browser.screenshot("send-3b-receipt-contents-phone");

		// The PDF is served to the signed-in respondent and is a PDF.
		var pdf = fetch(find("#receipt-pdf").getDomAttribute("href"));
		assertThat(pdf).isEqualTo("200 application/pdf %PDF-");

		browser.get("/respondent");
		assertThat(find("#standing").getText()).contains("Kuesioner sudah dikirim pada", "Berikutnya tim penilai");
		assertThat(find("#status").getText()).contains("Sudah dikirim");
		assertNoSidewaysScrolling();
		browser.screenshot("send-4-home-after-phone");
		browser.clickToLoad(By.cssSelector("#view-sent"));
		assertThat(browser.path()).isEqualTo("/respondent/submissions/" + workspace.id() + "/receipts/1");
	}

	private CurrentUser respondentWithPassword(PublicBody body, String name) {
		var user = fixtures.respondent(body, name);
		var account = accounts.findById(user.accountId()).orElseThrow();
		account.setPassword(passwordEncoder.encode(OWN_PASSWORD), false);
		accounts.save(account);
		return user;
	}

	/** Status, content type and first five bytes of a response fetched by the page itself (its session cookie). */
	private String fetch(String path) {
		var script = """
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')
					+ ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))).catch(e => done('failed ' + e));
				""";
		browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, path);
	}

	private void scrollTo(String css) {
		((JavascriptExecutor) browser.driver()).executeScript(
				"arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", find(css));
	}

	private void assertNoSidewaysScrolling() {
		var js = (JavascriptExecutor) browser.driver();
		Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
		Number client = (Number) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scroll.intValue()).as("page width at %s px", client).isLessThanOrEqualTo(client.intValue());
	}

	private WebElement find(String css) {
		return browser.driver().findElement(By.cssSelector(css));
	}

}
