package id.monevkip.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.internal.Extension;
import id.monevkip.cycle.internal.ExtensionRepository;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A cycle of its own whose SAQ window closed yesterday: the server refuses changes whatever the page shows, and an
 * extension granted to the body opens them again until the extension's end.
 */
@IntegrationTest
class DeadlineTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	ExtensionRepository extensions;

	@Autowired
	Clock clock;

	@Test
	void afterTheDeadlineEveryChangeIsRefusedUntilAnExtensionForTheBody() {
		var now = clock.instant();
		var body = fixtures.participantInOwnCycle("BUMD", 2001, closedSaq(now));
		var respondent = fixtures.respondent(body, "Tono");
		var workspace = work.open(respondent);
		var cycleId = workspace.cycle().id();
		assertThat(workspace.cycle().window(Stage.SAQ).orElseThrow().closesAt()).isBefore(now);
		var question = SubmissionWork.first(workspace, AnswerType.YES_NO);

		var home = mvc.get().uri("/respondent").with(user(respondent)).exchange();
		assertThat(home).hasStatusOk().bodyText().contains("Pengisian ditutup");
		var late = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").header("HX-Request", "true").with(user(respondent)).with(csrf()).exchange();
		assertThat(late).hasStatusOk().bodyText().contains("sudah lewat");
		assertThat(work.count("select count(*) from submission_answer where submission_id = ?", workspace.id())).isZero();

		var extendedTo = now.plus(Duration.ofDays(2));
		extensions.save(new Extension(cycleId, Stage.SAQ, new Extension.Target(null, body.getId()), extendedTo,
				"Gangguan jaringan di desa", 1L, "Admin", now));

		var extended = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").header("HX-Request", "true").with(user(respondent)).with(csrf()).exchange();
		assertThat(extended).hasStatusOk().bodyText().contains("Tersimpan pukul");
		assertThat(mvc.get().uri("/respondent").with(user(respondent)).exchange()).bodyText()
			.contains(Wita.text(extendedTo).replace(" WITA", ""));
	}

	/** The usual order of stages, with the SAQ window closed since yesterday and verification under way. */
	private static List<StageWindow> closedSaq(Instant now) {
		return List.of(new StageWindow(Stage.REGISTRATION, SubmissionFixtures.days(now, -40), SubmissionFixtures.days(now, -20)),
				new StageWindow(Stage.SAQ, SubmissionFixtures.days(now, -30), SubmissionFixtures.days(now, -1)),
				new StageWindow(Stage.VERIFICATION, SubmissionFixtures.days(now, -2), SubmissionFixtures.days(now, 30)),
				new StageWindow(Stage.REVISION, SubmissionFixtures.days(now, 31), SubmissionFixtures.days(now, 40)),
				new StageWindow(Stage.OBJECTION, SubmissionFixtures.days(now, 41), SubmissionFixtures.days(now, 47)),
				new StageWindow(Stage.PRESENTATION, SubmissionFixtures.days(now, 48), SubmissionFixtures.days(now, 55)),
				new StageWindow(Stage.VISITATION, SubmissionFixtures.days(now, 56), SubmissionFixtures.days(now, 70)),
				new StageWindow(Stage.DETERMINATION, SubmissionFixtures.days(now, 71), SubmissionFixtures.days(now, 77)),
				new StageWindow(Stage.AWARD, SubmissionFixtures.days(now, 78), SubmissionFixtures.days(now, 78).plus(Duration.ofHours(4))));
	}


}
