package id.monevkip.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The respondent pages against WCAG 2 A/AA rules (axe-core in Debian's Chromium), on a phone-width screen, with the
 * demo's half-filled village questionnaire and the sent Pemkab questionnaire.
 */
@IntegrationTest
class RespondentAccessibilityTests extends BrowserTestSupport {

	@Test
	void homeQuestionnaireAndCheckPagesOfAVillageHaveNoAccessibilityViolations() {
		browser.size(Browser.PHONE);
		logIn("desa.pela@kukar.test");
		assertAccessible("/respondent");
		var indicator = browser.driver().findElement(By.cssSelector("a[href*='/indicators/']")).getAttribute("href");
		browser.driver().get(indicator);
		assertAccessible("indicator page");
		browser.driver().get(indicator.replaceAll("/indicators/\\d+.*", "/check"));
		assertAccessible("check page");
	}

	@Test
	void theReceiptOfASentQuestionnaireHasNoAccessibilityViolations() {
		logIn("diskominfo@kukar.test");
		browser.get("/respondent");
		var receipt = browser.driver().findElement(By.cssSelector(".receipts a")).getAttribute("href");
		browser.driver().get(receipt);
		assertAccessible("receipt");
	}

	private void assertAccessible(String page) {
		if (page.startsWith("/")) {
			browser.get(page);
		}
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(browser.driver());
		assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
				.limit(3).map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

}
