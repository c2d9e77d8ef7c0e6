package id.monevkip.progress;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.directory.body.RegionRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionManagement;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.SubmitService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The board's totals per category and per kabupaten/kota, its region filter, the charts' numbers, revision
 * deadlines in the overdue flag and looking back at a past cycle.
 */
@IntegrationTest
class ProgressSummaryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	SubmitService submit;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	ProgressBoard boards;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	RegionRepository regions;

	@Autowired
	ParticipantRepository participants;

	@Autowired
	CycleManagement cycles;

	@Autowired
	JdbcTemplate jdbc;

	PublicBody root;

	CurrentUser coordinator;

	PublicBody tenggarong;

	PublicBody pela;

	PublicBody sangatta;

	@BeforeEach
	void subtreeInTwoRegencies() {
		root = fixtures.participant("PEMKAB_PEMKOT");
		coordinator = fixtures.account(root, Role.COORDINATOR, "Koordinator Ringkasan");
		tenggarong = inRegion(fixtures.childOf(root, "PD_KABKOTA"), "64.02.06");
		pela = inRegion(fixtures.childOf(root, "DESA"), "64.02.08.2009");
		sangatta = inRegion(fixtures.childOf(root, "PD_KABKOTA"), "64.08");
		var budi = fixtures.respondent(pela, "Budi Ringkasan");
		var workspace = work.open(budi);
		work.fillAll(budi, workspace);
		assertThat(submit.submit(budi, workspace.id()).sealed()).isTrue();
	}

	@Test
	void totalsPerCategoryAndRegencyCountEveryBodyOfTheScope() {
		var summary = boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none()).summary();

		var kabkota = group(summary.byCategory(), "PD_KABKOTA");
		assertThat(kabkota.total()).isEqualTo(2);
		assertThat(kabkota.count(BoardStatus.NOT_STARTED)).isEqualTo(2);
		var desa = group(summary.byCategory(), "DESA");
		assertThat(desa.count(BoardStatus.SENT)).isEqualTo(1);
		assertThat(desa.percentSent()).isEqualTo(100);
		assertThat(summary.byCategory()).extracting(BoardSummary.Group::code)
			.containsExactly("PEMKAB_PEMKOT", "PD_KABKOTA", "DESA");

		var kukar = group(summary.byRegion(), "64.02");
		assertThat(kukar.label()).isEqualTo("Kabupaten Kutai Kartanegara");
		assertThat(kukar.total()).isEqualTo(2);
		assertThat(kukar.percentSent()).isEqualTo(50);
		assertThat(group(summary.byRegion(), "64.08").total()).isEqualTo(1);
		assertThat(summary.sentPerDay()).hasSize(1);
		assertThat(summary.sentPerDay().get(0).sent()).isEqualTo(1);
	}

	@Test
	void regionFilterKeepsTheBodiesOfThatRegencyAndAnUnknownOneIsReported() {
		var kukar = boards.board(coordinator, Zone.COORDINATOR, filter("64.02", null));
		assertThat(kukar.page().getContent()).extracting(BoardRow::bodyId)
			.containsExactlyInAnyOrder(tenggarong.getId(), pela.getId());
		assertThat(kukar.regions()).extracting(r -> r.code()).containsExactly("64.02", "64.08");
		assertThat(kukar.notices()).isEmpty();

		var unknown = boards.board(coordinator, Zone.COORDINATOR, filter("99.99", null));
		assertThat(unknown.page().getContent()).hasSize(4);
		assertThat(unknown.notices()).containsExactly(new Board.Notice("progress.notice.region", "99.99"));
	}

	@Test
	void boardPageShowsChartsWithTheirNumbersAndTheSummaryTables() {
		assertThat(mvc.get().uri("/coordinator/progress").with(user(coordinator)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("chart-status", "chart-per-day", "/webjars/chart.js/", "/js/progress-charts-",
					"data-chart-status=\"SENT\"", "data-chart-value=\"1\"", "Ringkasan per kategori",
					"Ringkasan per kabupaten/kota", "Kabupaten Kutai Kartanegara", "50%");
		assertThat(mvc.get().uri("/coordinator/progress?region=64.08").with(user(coordinator)).exchange())
			.bodyText()
			.contains(sangatta.getName())
			.doesNotContain(tenggarong.getName());
	}

	@Test
	void chartLibraryIsServedFromTheApplication() {
		assertThat(mvc.get().uri("/webjars/chart.js/dist/chart.umd.min.js").exchange()).hasStatusOk();
	}

	@Test
	void aRevisionPastItsDeadlineMakesTheBodyOverdue() {
		var submission = submissions.submissionOf(fixtures.demoCycle().id(), pela.getId()).orElseThrow();
		var code = jdbc.queryForObject("select question_code from submission_answer where submission_id = ? limit 1",
				String.class, submission.id());
		submissions.requestRevision(submission.id(), Set.of(code), Instant.now().plusSeconds(86_400), "Perbaiki SK",
				coordinator.accountId());
		var before = row(boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none()), pela);
		assertThat(before.status()).isEqualTo(BoardStatus.REVISION);
		assertThat(before.overdue()).isFalse();

		jdbc.update("update revision_round set deadline = now() - interval '1 hour' where submission_id = ?",
				submission.id());
		var after = row(boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none()), pela);
		assertThat(after.overdue()).isTrue();
		assertThat(after.deadline()).isBefore(before.deadline());
	}

	@Test
	void aCoordinatorLooksBackAtAPastCycleItsBodyTookPartIn() {
		var past = cycles.all().stream().filter(c -> c.year() == 2025).findFirst().orElseThrow();
		participants.save(new Participant(past.id(), root.getId(), root.getCategory().getId(), Instant.now()));

		var board = boards.board(coordinator, Zone.COORDINATOR, filter(null, String.valueOf(past.id())));

		assertThat(board.cycleTitle()).isEqualTo(past.title());
		assertThat(board.cycles()).extracting(Board.CycleChoice::id).contains(past.id(), fixtures.demoCycle().id());
		assertThat(board.page().getContent()).extracting(BoardRow::bodyId).containsExactly(root.getId());
		assertThat(board.unsent()).as("no reminders in a past cycle").isZero();
		assertThat(mvc.get().uri("/coordinator/progress?cycle=" + past.id()).with(user(coordinator)).exchange())
			.bodyText()
			.contains(past.title(), "/coordinator/progress/bodies/" + root.getId() + "?cycle=" + past.id())
			.doesNotContain("progress/reminders");
		assertThat(mvc.get().uri("/coordinator/progress/bodies/" + root.getId() + "?cycle=" + past.id())
			.with(user(coordinator)).exchange()).hasStatusOk().bodyText().contains(past.title());
	}

	@Test
	void aCycleTheUserCannotChooseIsReportedAndTheRunningOneShown() {
		var now = Instant.now();
		var foreign = fixtures.participantInOwnCycle("PD_KABKOTA", 2003, List.of(
				new StageWindow(Stage.REGISTRATION, SubmissionFixtures.days(now, -40), SubmissionFixtures.days(now, -20)),
				new StageWindow(Stage.SAQ, SubmissionFixtures.days(now, -10), SubmissionFixtures.days(now, 10))));
		var foreignCycle = cycles.currentFor(foreign.getId()).orElseThrow();

		for (var asked : List.of(String.valueOf(foreignCycle.id()), "abc")) {
			var board = boards.board(coordinator, Zone.COORDINATOR, filter(null, asked));
			assertThat(board.cycleId()).isEqualTo(fixtures.demoCycle().id());
			assertThat(board.notices()).containsExactly(new Board.Notice("progress.notice.cycle", asked));
		}
		assertThat(mvc.get().uri("/coordinator/progress/bodies/" + foreign.getId() + "?cycle=" + foreignCycle.id())
			.with(user(coordinator)).exchange()).hasStatus(404);
	}

	private PublicBody inRegion(PublicBody body, String regionCode) {
		var region = regions.findByCode(regionCode).orElseThrow();
		body.apply(new PublicBody.Details(body.getName(), body.getCategory(), region, body.getPpidType(), null, null,
				null, null), Instant.now());
		return bodies.save(body);
	}

	private static ProgressFilter filter(String region, String cycle) {
		return new ProgressFilter(null, null, region, null, null, null, null, null, cycle);
	}

	private static BoardSummary.Group group(List<BoardSummary.Group> groups, String code) {
		return groups.stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow();
	}

	private static BoardRow row(Board board, PublicBody body) {
		return board.page().getContent().stream().filter(r -> r.bodyId() == body.getId()).findFirst().orElseThrow();
	}

}
