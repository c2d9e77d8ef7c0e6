package id.monevkip.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.submission.internal.AnswerEvidenceRepository;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Completeness;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * At sending every link attached to an answer is checked again. One that does not open is sent marked unreachable
 * (a government website that is down must not stop a body); only a cycle that makes broken links blocking refuses,
 * with a message that says why and what to do, and then nothing is sealed.
 */
@IntegrationTest
class LinkCheckAtSendingTests {

	static final String BLOCKED = "panitia Monev ini mewajibkan semua tautan dapat dibuka";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	AnswerEvidenceRepository attachments;

	@Autowired
	SubmitService submit;

	@Autowired
	SubmissionManagement management;

	@Autowired
	Clock clock;

	@Test
	void byDefaultAnUnreachableLinkIsCheckedAgainAtSendingAndSentMarkedUnreachable() throws Exception {
		var body = fixtures.participant("PD_KABKOTA");
		var lina = fixtures.respondent(body, "Lina");
		var workspace = work.open(lina);
		assertThat(workspace.cycle().brokenLinksBlock()).as("the demo cycle keeps the default").isFalse();
		var questions = SubmissionWork.questions(workspace);
		answers.addLink(lina, workspace.id(), questions.get(0).id(), "http://127.0.0.1:1/dip", "DIP di situs mati");
		answers.addLink(lina, workspace.id(), questions.get(1).id(), "http://10.0.0.1/sop", "SOP");
		work.fillAll(lina, workspace);

		var check = mvc.get().uri("/respondent/submissions/{s}/check", workspace.id()).with(user(lina)).exchange();
		assertThat(check).hasStatusOk().bodyText()
			.contains("2 tautan tidak dapat dibuka", "Kuesioner tetap dapat dikirim", "tangkapan layar atau PDF",
					"http://127.0.0.1:1/dip", "Semua 53 pertanyaan lengkap", "/respondent/submissions/" + workspace.id() + "/confirm")
			.doesNotContain(BLOCKED);
		var confirm = mvc.get().uri("/respondent/submissions/{s}/confirm", workspace.id()).with(user(lina)).exchange();
		assertThat(confirm).hasStatusOk().bodyText().contains("Ya, kirim kuesioner sekarang", "53 dari 53");

		var sent = mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(lina)).with(csrf())
			.exchange();

		assertThat(sent).hasStatus3xxRedirection().redirectedUrl()
			.isEqualTo("/respondent/submissions/" + workspace.id() + "/receipts/1");
		assertThat(management.submission(workspace.id()).status()).isEqualTo(SubmissionStatus.SUBMITTED);
		var content = JSON.readTree(management.latestSnapshot(workspace.id()).orElseThrow().content());
		var sealedLinks = content.get("answers").valueStream().flatMap(a -> a.get("evidence").valueStream())
			.filter(e -> e.get("kind").asString().equals("LINK")).toList();
		assertThat(sealedLinks).hasSize(2).allSatisfy(link -> {
			assertThat(link.get("linkStatus").asString()).isNotEqualTo("OK");
			assertThat(link.get("checkedAt").isNull()).isFalse();
		});
		// Both links were checked again at sending, and each check is kept for the assessor.
		assertThat(work.count("select count(distinct c.link_id) from evidence_link_check c where c.body_id = ?"
				+ " and c.reason = 'SENDING'", body.getId())).isEqualTo(2);
		var receipt = mvc.get().uri("/respondent/submissions/{s}/receipts/1", workspace.id()).with(user(lina)).exchange();
		assertThat(receipt).hasStatusOk().bodyText()
			.contains("Dikirim walaupun tautan tidak dapat dibuka", "DIP di situs mati", "http://127.0.0.1:1/dip");
	}

	@Test
	void whenTheCycleMakesBrokenLinksBlockingSendingIsRefusedWithAClearMessageUntilTheLinkIsTakenOff() {
		var body = fixtures.participantInOwnCycle("BUMD", 2006, saqOpen(clock.instant()), true);
		var tono = fixtures.respondent(body, "Tono");
		var workspace = work.open(tono);
		assertThat(workspace.cycle().brokenLinksBlock()).isTrue();
		var question = SubmissionWork.questions(workspace).get(0);
		answers.addLink(tono, workspace.id(), question.id(), "http://127.0.0.1:1/dip", "DIP");
		work.fillAll(tono, workspace);
		var before = work.footprint(workspace.id(), body.getId());

		var refused = mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(tono)).with(csrf())
			.exchange();

		assertThat(refused).hasStatusOk().bodyText().contains("Belum dapat dikirim", BLOCKED,
				"1 tautan tidak dapat dibuka", "Perbaiki alamatnya atau lepas tautan itu", "http://127.0.0.1:1/dip");
		assertThat(work.footprint(workspace.id(), body.getId())).isEqualTo(before);
		assertThat(management.latestSnapshot(workspace.id())).isEmpty();
		var confirm = mvc.get().uri("/respondent/submissions/{s}/confirm", workspace.id()).with(user(tono)).exchange();
		assertThat(confirm).hasStatusOk().bodyText().contains(BLOCKED).doesNotContain("id=\"confirm-form\"");
		assertThat(submit.summary(tono, workspace.id()).count(Completeness.Kind.BROKEN_LINK)).isEqualTo(1);

		var link = attachments.findBySubmission(workspace.id()).get(0);
		answers.detach(tono, workspace.id(), question.id(), link.getId());
		var sent = mvc.post().uri("/respondent/submissions/{s}/submit", workspace.id()).with(user(tono)).with(csrf())
			.exchange();
		assertThat(sent).hasStatus3xxRedirection().redirectedUrl()
			.isEqualTo("/respondent/submissions/" + workspace.id() + "/receipts/1");
	}

	/** The usual order of stages, with the SAQ window open for ten more days. */
	private static List<StageWindow> saqOpen(Instant now) {
		return List.of(new StageWindow(Stage.REGISTRATION, SubmissionFixtures.days(now, -40), SubmissionFixtures.days(now, -20)),
				new StageWindow(Stage.SAQ, SubmissionFixtures.days(now, -30), SubmissionFixtures.days(now, 10)),
				new StageWindow(Stage.VERIFICATION, SubmissionFixtures.days(now, 11), SubmissionFixtures.days(now, 30)),
				new StageWindow(Stage.REVISION, SubmissionFixtures.days(now, 31), SubmissionFixtures.days(now, 40)),
				new StageWindow(Stage.OBJECTION, SubmissionFixtures.days(now, 41), SubmissionFixtures.days(now, 47)),
				new StageWindow(Stage.PRESENTATION, SubmissionFixtures.days(now, 48), SubmissionFixtures.days(now, 55)),
				new StageWindow(Stage.VISITATION, SubmissionFixtures.days(now, 56), SubmissionFixtures.days(now, 70)),
				new StageWindow(Stage.DETERMINATION, SubmissionFixtures.days(now, 71), SubmissionFixtures.days(now, 77)),
				new StageWindow(Stage.AWARD, SubmissionFixtures.days(now, 78), SubmissionFixtures.days(now, 78).plus(Duration.ofHours(4))));
	}

}
