package id.monevkip.submission;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.internal.Extension;
import id.monevkip.cycle.internal.ExtensionRepository;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.transfer.TransferService;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
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
	CycleRepository cycles;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	ExtensionRepository extensions;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	BodyCategoryRepository categories;

	@Autowired
	TransferService transfers;

	@Autowired
	InstrumentService instruments;

	@Autowired
	Clock clock;

	@Test
	void afterTheDeadlineEveryChangeIsRefusedUntilAnExtensionForTheBody() throws IOException {
		var now = clock.instant();
		var demo = fixtures.demoCycle();
		// An organiser of its own, so that the year never collides with another test's cycle, and an early year, so
		// that this running cycle never becomes "the current cycle" (the latest running) for the other tests.
		var organiser = fixtures.outsider();
		int year = 2001;
		var cycle = cycles.save(new Cycle(year, "Monev uji tenggat " + year, organiser.getId(), closedSaq(now),
				demo.policy(), now));
		var category = categories.findByCode("BUMD").orElseThrow();
		instruments.publishAsSeed(transfers.importFile(cycle.getId(), Set.of(category.getId()),
				new ClassPathResource("instruments/badan-publik-saq.json").getContentAsByteArray()));
		var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		var body = bodies.save(new PublicBody("LATE" + tag, new PublicBody.Details("BUMD Terlambat " + tag, category, null,
				PpidType.UTAMA, null, null, null, null), now));
		body.placeUnder(null);
		body = bodies.save(body);
		participants.save(new Participant(cycle.getId(), body.getId(), category.getId(), now));
		var respondent = fixtures.respondent(body, "Tono");
		var workspace = work.open(respondent);
		assertThat(workspace.cycle().id()).isEqualTo(cycle.getId());
		var question = SubmissionWork.first(workspace, AnswerType.YES_NO);

		var home = mvc.get().uri("/respondent").with(user(respondent)).exchange();
		assertThat(home).hasStatusOk().bodyText().contains("Pengisian ditutup");
		var late = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").header("HX-Request", "true").with(user(respondent)).with(csrf()).exchange();
		assertThat(late).hasStatusOk().bodyText().contains("sudah lewat");
		assertThat(work.count("select count(*) from submission_answer where submission_id = ?", workspace.id())).isZero();

		var extendedTo = now.plus(Duration.ofDays(2));
		extensions.save(new Extension(cycle.getId(), Stage.SAQ, new Extension.Target(null, body.getId()), extendedTo,
				"Gangguan jaringan di desa", 1L, "Admin", now));

		var extended = mvc.post().uri("/respondent/submissions/{s}/answers/{q}", workspace.id(), question.id())
			.param("value", "YES").header("HX-Request", "true").with(user(respondent)).with(csrf()).exchange();
		assertThat(extended).hasStatusOk().bodyText().contains("Tersimpan pukul");
		assertThat(mvc.get().uri("/respondent").with(user(respondent)).exchange()).bodyText()
			.contains(Wita.text(extendedTo).replace(" WITA", ""));
	}

	/** The usual order of stages, with the SAQ window closed since yesterday and verification under way. */
	private static List<StageWindow> closedSaq(Instant now) {
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

	private static Instant days(Instant now, int days) {
		return now.atZone(Wita.ZONE).toLocalDate().plusDays(days).atTime(8, 0).atZone(Wita.ZONE).toInstant();
	}

}
