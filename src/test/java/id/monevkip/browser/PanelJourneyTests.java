package id.monevkip.browser;

import java.time.LocalDateTime;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.panel.JudgingService;
import id.monevkip.assessment.panel.PanelFixtures;
import id.monevkip.assessment.panel.PanelStage;
import id.monevkip.assessment.session.ScheduleCommand;
import id.monevkip.assessment.session.SessionKind;
import id.monevkip.assessment.session.SessionService;
import id.monevkip.questionnaire.scoring.PanelRule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import static id.monevkip.assessment.panel.PanelFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A judge scores a body on a phone: sees only its own scores, saves a draft, submits, and then sees the other
 * judge's total and the stage score. Then the admin's rubric, session and results pages. Screenshots throughout.
 */
@IntegrationTest
class PanelJourneyTests extends BrowserTestSupport {

	@Autowired
	PanelFixtures fixtures;

	@Autowired
	JudgingService judging;

	@Autowired
	SessionService sessions;

	@Test
	void aJudgeScoresABodyOnAPhoneAndSubmits() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 15);
		var body = fixtures.participant(cycleId);
		var other = fixtures.judge(cycleId, body, "Juri Lain");
		var judge = fixtures.judge(cycleId, body, "Juri Ponsel");
		judging.submit(other, cycleId, body.getId(), PanelStage.PRESENTATION, scores(90, 90, 90), null);
		var sessionId = sessions.schedule(cycleId, new ScheduleCommand(body.getId(), SessionKind.PRESENTATION,
				LocalDateTime.of(2021, 8, 5, 9, 0), "Ruang Rapat KI Kaltim", "Kepala Dinas\nSekretaris"), fixtures.admin());

		browser.size(Browser.PHONE);
		logIn(judge.email(), "not-used");
		var sheet = "/juror/panels/" + cycleId + "/bodies/" + body.getId() + "/PRESENTATION";
		browser.get(sheet);
		assertThat(browser.mainText()).contains("Penilaian Presentasi", "Hanya Anda yang dapat melihat nilai ini")
			.doesNotContain(other.displayName());
		browser.screenshot("panel-sheet-phone");
		assertNoSidewaysScroll();

		type("marks0.score", "80");
		type("marks1.score", "70");
		browser.clickToLoad(By.id("save-draft"));
		assertThat(browser.mainText()).contains("Draf nilai disimpan");
		type("marks2.score", "75");
		browser.clickToLoad(By.id("submit-sheet"));
		assertThat(browser.mainText()).contains("Nilai Anda telah dikirim", other.displayName(), "90,00",
				"Total nilai Anda: 75,25", "82,63");
		browser.screenshot("panel-sheet-submitted-phone");
		assertNoSidewaysScroll();

		browser.get("/assessment/sessions/" + sessionId);
		assertThat(browser.mainText()).contains("Ruang Rapat KI Kaltim", "Simpan notula");
		browser.screenshot("session-phone");
		assertNoSidewaysScroll();

		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).submit();
		logIn("admin@kipkaltim.test");
		browser.get("/admin/cycles/" + cycleId + "/rubrics");
		assertThat(browser.mainText()).contains("Siap dipakai juri", "Terkunci", "Komitmen pimpinan");
		browser.screenshot("panel-rubrics-phone");
		assertNoSidewaysScroll();
		browser.get("/assessment/cycles/" + cycleId + "/panels");
		assertThat(browser.mainText()).contains(body.getName(), "82,63", "Kecenderungan juri");
		browser.screenshot("panel-results-phone");
		assertNoSidewaysScroll();
		browser.size(Browser.DESKTOP);
		browser.get("/assessment/cycles/" + cycleId + "/panels");
		browser.screenshot("panel-results-desktop");
		browser.get("/admin/cycles/" + cycleId + "/sessions");
		browser.screenshot("sessions-desktop");
		browser.get("/admin/cycles/" + cycleId + "/rubrics/PRESENTATION/criteria/new");
		browser.screenshot("panel-criterion-desktop");
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
