package id.monevkip.assessment.panel;

import java.util.Map;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.internal.AssessorService;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static id.monevkip.assessment.panel.PanelFixtures.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Judges scoring a body: independence until submission, the stage score by the rubric's rule in the score ledger,
 * the divergence flag and leniency, and every refusal (out of range, not assigned, conflicted, window) changing
 * nothing.
 */
@IntegrationTest
class PanelTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PanelFixtures fixtures;

	@Autowired
	JudgingService judging;

	@Autowired
	PanelResultsService results;

	@Autowired
	ScoreLedger ledger;

	@Autowired
	AssessorService assessors;

	@Test
	void aJudgeSeesNoOtherJudgesScoresBeforeSubmitting() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 20);
		var body = fixtures.participant(cycleId);
		var first = fixtures.judge(cycleId, body, "Juri Pertama");
		var second = fixtures.judge(cycleId, body, "Juri Kedua");
		judging.submit(first, cycleId, body.getId(), PanelStage.PRESENTATION, scores(91, 91, 91), "Catatan rahasia pertama");

		// the second judge, with a draft of its own: neither the first judge's name nor its total reach it
		judging.score(second, cycleId, body.getId(), PanelStage.PRESENTATION, scores(37, 37, 37), null);
		var own = judging.sheet(second, cycleId, body.getId(), PanelStage.PRESENTATION);
		assertThat(own.outcome()).isNull();
		assertThat(own.scores()).containsEntry("K1", 37);
		assertThat(page(second, cycleId, body)).hasStatusOk()
			.bodyText()
			.contains("Hanya Anda yang dapat melihat nilai ini")
			.doesNotContain(first.displayName(), "91,00", "Catatan rahasia pertama");

		// the first judge has submitted: it sees the second judge only as "not submitted", never its draft
		var firstView = judging.sheet(first, cycleId, body.getId(), PanelStage.PRESENTATION);
		assertThat(firstView.outcome().judges()).anySatisfy(j -> {
			assertThat(j.accountId()).isEqualTo(second.accountId());
			assertThat(j.submitted()).isFalse();
			assertThat(j.total()).isNull();
			assertThat(j.scores()).isEmpty();
		});
		assertThat(page(first, cycleId, body)).hasStatusOk()
			.bodyText()
			.contains(second.displayName(), "belum mengirim")
			.doesNotContain("37,00");

		// once the second judge submits, it sees the first judge's total and the aggregate
		judging.submit(second, cycleId, body.getId(), PanelStage.PRESENTATION, Map.of(), null);
		assertThat(page(second, cycleId, body)).hasStatusOk()
			.bodyText()
			.contains(first.displayName(), "91,00", "37,00", "64,00");
	}

	@Test
	void everySubmissionRecordsTheMeanOfTheSubmittedJudgesInTheLedger() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 50);
		var body = fixtures.participant(cycleId);
		var a = fixtures.judge(cycleId, body, "Juri A");
		var b = fixtures.judge(cycleId, body, "Juri B");
		var c = fixtures.judge(cycleId, body, "Juri C");
		// totals: 80, 0.4 × 60 + 0.35 × 90 + 0.25 × 60 = 70.5, 0.4 × 100 + 0.35 × 85 + 0.25 × 90 = 92.25
		judging.submit(a, cycleId, body.getId(), PanelStage.PRESENTATION, scores(80, 80, 80), null);
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo("80"));
		judging.submit(b, cycleId, body.getId(), PanelStage.PRESENTATION, scores(60, 90, 60), null);
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo("75.25"));
		judging.submit(c, cycleId, body.getId(), PanelStage.PRESENTATION, scores(100, 85, 90), null);
		// (80 + 70.5 + 92.25) / 3 = 80.916666…, kept to the ledger's four decimals
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo("80.9167"));
		assertThat(ledger.history(cycleId, body.getId())).hasSize(3)
			.first()
			.satisfies(change -> assertThat(change.reason()).contains("Presentasi", "3 juri", "Rata-rata"));
	}

	@Test
	void theMedianRuleTakesTheMiddleJudge() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEDIAN, 50);
		var body = fixtures.participant(cycleId);
		var a = fixtures.judge(cycleId, body, "Juri A");
		var b = fixtures.judge(cycleId, body, "Juri B");
		var c = fixtures.judge(cycleId, body, "Juri C");
		judging.submit(a, cycleId, body.getId(), PanelStage.PRESENTATION, scores(80, 80, 80), null);
		judging.submit(b, cycleId, body.getId(), PanelStage.PRESENTATION, scores(10, 10, 10), null);
		judging.submit(c, cycleId, body.getId(), PanelStage.PRESENTATION, scores(100, 100, 100), null);
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).hasValueSatisfying(
				v -> assertThat(v).isEqualByComparingTo("80"));
	}

	@Test
	void judgesFurtherApartThanTheThresholdAreFlaggedForCommissionersAndAdmins() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 10);
		var close = fixtures.participant(cycleId);
		var apart = fixtures.participant(cycleId);
		var a = fixtures.judge(cycleId, close, "Juri A");
		var b = fixtures.judge(cycleId, close, "Juri B");
		fixtures.judgeOf(cycleId, apart, a);
		fixtures.judgeOf(cycleId, apart, b);
		judging.submit(a, cycleId, close.getId(), PanelStage.PRESENTATION, scores(80, 80, 80), null);
		judging.submit(b, cycleId, close.getId(), PanelStage.PRESENTATION, scores(75, 75, 75), null);
		judging.submit(a, cycleId, apart.getId(), PanelStage.PRESENTATION, scores(90, 90, 90), null);
		judging.submit(b, cycleId, apart.getId(), PanelStage.PRESENTATION, scores(60, 60, 60), null);

		var view = results.results(fixtures.admin(), cycleId, PanelStage.PRESENTATION);
		assertThat(view.bodies()).extracting(r -> r.bodyId(), r -> r.panel().divergent())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(close.getId(), false),
					org.assertj.core.groups.Tuple.tuple(apart.getId(), true));
		var commissioner = fixtures.person(Role.COMMISSIONER, "Komisioner Uji");
		assertThat(mvc.get().uri("/assessment/cycles/{id}/panels", cycleId).with(user(commissioner)))
			.hasStatusOk()
			.bodyText()
			.contains("1 badan publik dengan selisih antarjuri besar", apart.getName(), "30,00");
		assertThat(mvc.get().uri("/assessment/cycles/{id}/panels", cycleId).with(user(fixtures.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("Selisih antarjuri besar");
		assertThat(mvc.get().uri("/assessment/cycles/{id}/panels", cycleId).with(user(a)))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theLeniencyOverviewComparesEachJudgeWithTheOthersOnTheSameBodies() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 50);
		var one = fixtures.participant(cycleId);
		var two = fixtures.participant(cycleId);
		var generous = fixtures.judge(cycleId, one, "Juri Murah");
		var strict = fixtures.judge(cycleId, one, "Juri Ketat");
		fixtures.judgeOf(cycleId, two, generous);
		fixtures.judgeOf(cycleId, two, strict);
		judging.submit(generous, cycleId, one.getId(), PanelStage.PRESENTATION, scores(80, 80, 80), null);
		judging.submit(strict, cycleId, one.getId(), PanelStage.PRESENTATION, scores(70, 70, 70), null);
		judging.submit(generous, cycleId, two.getId(), PanelStage.PRESENTATION, scores(90, 90, 90), null);
		judging.submit(strict, cycleId, two.getId(), PanelStage.PRESENTATION, scores(70, 70, 70), null);

		var leniency = results.results(fixtures.admin(), cycleId, PanelStage.PRESENTATION).leniency();
		var mild = leniency.stream().filter(l -> l.accountId() == generous.accountId()).findFirst().orElseThrow();
		assertThat(mild.bodies()).isEqualTo(2);
		assertThat(mild.ownMean()).isEqualByComparingTo("85");
		assertThat(mild.othersMean()).isEqualByComparingTo("70");
		assertThat(mild.deviation()).isEqualByComparingTo("15");
		var hard = leniency.stream().filter(l -> l.accountId() == strict.accountId()).findFirst().orElseThrow();
		assertThat(hard.deviation()).isEqualByComparingTo("-15");
		assertThat(mvc.get().uri("/assessment/cycles/{id}/panels", cycleId).with(user(fixtures.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("Kecenderungan juri", generous.displayName(), "+15,00", "-15,00");
	}

	@Test
	void aScoreOutOfRangeIsRefusedWithAClearMessageAndNothingChanges() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 20);
		var body = fixtures.participant(cycleId);
		var judge = fixtures.judge(cycleId, body, "Juri Teliti");
		judging.score(judge, cycleId, body.getId(), PanelStage.PRESENTATION, scores(50, 50, 50), "awal");

		for (var action : new String[] { "draft", "submit" }) {
			assertThat(post(judge, cycleId, body, action, "60", "101", "70")).as(action)
				.hasStatusOk()
				.bodyText()
				.contains("Nilai untuk Inovasi layanan harus 0 sampai 100 (tertulis 101). Tidak ada nilai yang disimpan.");
		}
		assertThat(post(judge, cycleId, body, "draft", "60", "-1", "70")).hasStatusOk()
			.bodyText()
			.contains("harus 0 sampai 100");
		assertThat(post(judge, cycleId, body, "draft", "sembilan", "70", "70")).hasStatusOk()
			.bodyText()
			.contains("bukan bilangan bulat");
		var sheet = judging.sheet(judge, cycleId, body.getId(), PanelStage.PRESENTATION);
		assertThat(sheet.scores()).containsExactlyInAnyOrderEntriesOf(scores(50, 50, 50));
		assertThat(sheet.note()).isEqualTo("awal");
		assertThat(sheet.submitted()).isFalse();
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).isEmpty();

		// the same form with valid numbers goes through, and submitting locks it
		assertThat(post(judge, cycleId, body, "submit", "60", "70", "80")).hasStatus(HttpStatus.FOUND);
		assertThat(judging.sheet(judge, cycleId, body.getId(), PanelStage.PRESENTATION).submitted()).isTrue();
		assertThat(post(judge, cycleId, body, "draft", "10", "10", "10")).hasStatusOk()
			.bodyText()
			.contains("sudah dikirim dan tidak dapat diubah");
	}

	@Test
	void aJudgeNotAssignedToTheBodyGetsNotFound() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 20);
		var body = fixtures.participant(cycleId);
		fixtures.judge(cycleId, body, "Juri Resmi");
		var stranger = fixtures.person(Role.JUROR, "Juri Lain");
		assertThat(page(stranger, cycleId, body)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(post(stranger, cycleId, body, "submit", "60", "70", "80")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).isEmpty();
	}

	@Test
	void aJudgeWithAConflictIsRefused() {
		var cycleId = fixtures.cycle(true);
		fixtures.rubric(cycleId, PanelRule.MEAN, 20);
		var body = fixtures.participant(cycleId);
		var judge = fixtures.judge(cycleId, body, "Juri Kerabat");
		assessors.declare(judge.accountId(), body.getCode(), "Saudara kandung kepala dinas", judge.accountId());
		assertThat(page(judge, cycleId, body)).hasStatusOk()
			.bodyText()
			.contains("Anda memiliki konflik kepentingan dengan badan publik ini");
		assertThat(post(judge, cycleId, body, "submit", "60", "70", "80")).hasStatusOk()
			.bodyText()
			.contains("Anda memiliki konflik kepentingan");
		assertThat(ledger.score(cycleId, body.getId(), ScoreStage.PRESENTATION)).isEmpty();
	}

	@Test
	void scoresAreRefusedWhileTheStageIsNotOpen() {
		var cycleId = fixtures.cycle(false);
		fixtures.rubric(cycleId, PanelRule.MEAN, 20);
		var body = fixtures.participant(cycleId);
		var judge = fixtures.judge(cycleId, body, "Juri Awal");
		assertThat(page(judge, cycleId, body)).hasStatusOk().bodyText().contains("sedang tidak dibuka");
		assertThat(post(judge, cycleId, body, "draft", "60", "70", "80")).hasStatusOk()
			.bodyText()
			.contains("Penilaian tahap ini belum dibuka.");
		assertThat(judging.sheet(judge, cycleId, body.getId(), PanelStage.PRESENTATION).status())
			.isEqualTo(SheetStatus.NOT_STARTED);
	}

	@Test
	void theJudgesListShowsItsBodiesInBothStages() {
		var cycleId = fixtures.cycle(true);
		var body = fixtures.participant(cycleId);
		var judge = fixtures.judge(cycleId, body, "Juri Daftar");
		assertThat(judging.queue(judge, cycleId)).extracting(JudgeRow::bodyId, JudgeRow::stage)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(body.getId(), PanelStage.PRESENTATION),
					org.assertj.core.groups.Tuple.tuple(body.getId(), PanelStage.VISITATION));
	}

	private MvcTestResult page(CurrentUser judge, long cycleId, PublicBody body) {
		return mvc.get()
			.uri("/juror/panels/{c}/bodies/{b}/PRESENTATION", cycleId, body.getId())
			.with(user(judge))
			.exchange();
	}

	private MvcTestResult post(CurrentUser judge, long cycleId, PublicBody body, String action, String k1, String k2,
			String k3) {
		return mvc.post()
			.uri("/juror/panels/{c}/bodies/{b}/PRESENTATION", cycleId, body.getId())
			.param("action", action)
			.param("marks[0].code", "K1")
			.param("marks[0].score", k1)
			.param("marks[1].code", "K2")
			.param("marks[1].score", k2)
			.param("marks[2].code", "K3")
			.param("marks[2].score", k3)
			.with(user(judge))
			.with(csrf())
			.exchange();
	}

}
