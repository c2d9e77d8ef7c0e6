package id.monevkip.progress;

import java.util.List;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.submission.SubmissionWork;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.SubmitService;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The progress board: a coordinator sees its subtree only (board, search and drill-down), statuses and counts are
 * exact, filters and paging work and bad values never fail the page.
 */
@IntegrationTest
class ProgressBoardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	SubmissionWork work;

	@Autowired
	AnswerService answers;

	@Autowired
	SubmitService submit;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	AccountRepository accounts;

	@Autowired
	ProgressBoard boards;

	@Autowired
	EntityManagerFactory entityManagers;

	PublicBody root;

	CurrentUser coordinator;

	PublicBody idle;

	PublicBody filling;

	PublicBody sent;

	long fileId;

	@BeforeEach
	void subtreeWithThreeBodies() {
		root = fixtures.participant("PEMKAB_PEMKOT");
		coordinator = fixtures.account(root, Role.COORDINATOR, "Koordinator Uji");
		idle = fixtures.childOf(root, "PD_KABKOTA");
		filling = fixtures.childOf(root, "PD_KABKOTA");
		var rina = fixtures.respondent(filling, "Rina Progres");
		var workspace = work.open(rina);
		var questions = SubmissionWork.questions(workspace);
		answers.save(rina, workspace.id(), questions.get(0).id(), SubmissionWork.modest(questions.get(0)), null);
		answers.save(rina, workspace.id(), questions.get(1).id(), SubmissionWork.modest(questions.get(1)), null);
		var file = evidence.upload(rina, filling.getId(),
				new EvidenceUpload("sk-progres.pdf", new ByteArrayResource(SubmissionWork.pdf()))).file();
		answers.attachFile(rina, workspace.id(), questions.get(1).id(), file.id(), false);
		fileId = file.id();
		sent = fixtures.childOf(root, "DESA");
		var budi = fixtures.respondent(sent, "Budi Progres");
		var sentWorkspace = work.open(budi);
		work.fillAll(budi, sentWorkspace);
		assertThat(submit.submit(budi, sentWorkspace.id()).sealed()).isTrue();
	}

	@Test
	void coordinatorSeesExactStatusesOfItsSubtree() {
		var rows = boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none()).page().getContent();

		assertThat(rows).extracting(BoardRow::bodyId)
			.containsExactlyInAnyOrder(root.getId(), idle.getId(), filling.getId(), sent.getId());
		assertThat(row(rows, idle).status()).isEqualTo(BoardStatus.NOT_STARTED);
		assertThat(row(rows, idle).lastActivityAt()).isNull();
		var half = row(rows, filling);
		assertThat(half.status()).isEqualTo(BoardStatus.FILLING);
		assertThat(half.answered()).isEqualTo(2);
		assertThat(half.withEvidence()).isEqualTo(1);
		assertThat(half.questions()).isGreaterThan(2);
		assertThat(half.lastActivityBy()).isEqualTo("Rina Progres");
		assertThat(half.deadline()).isNotNull();
		assertThat(half.overdue()).isFalse();
		var done = row(rows, sent);
		assertThat(done.status()).isEqualTo(BoardStatus.SENT);
		assertThat(done.percentAnswered()).isEqualTo(100);
		assertThat(done.lastActivityBy()).isEqualTo("Budi Progres");
	}

	@Test
	void boardPageShowsTotalsAndStatusesInWords() {
		assertThat(mvc.get().uri("/coordinator/progress").with(user(coordinator)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains(idle.getName(), filling.getName(), sent.getName(), "Belum mulai", "Dikirim", "Rina Progres",
					"2 dari");
	}

	@Test
	void kukarCoordinatorSeesKukarBodiesAndNeverKutimOnes() {
		var kukar = demo("diskominfo@kukar.test");
		var board = mvc.get().uri("/coordinator/progress?size=100").with(user(kukar)).exchange();
		assertThat(board).hasStatusOk().bodyText().contains("PEMKAB-KUKAR").doesNotContain("PEMKAB-KUTIM");
		assertThat(mvc.get().uri("/coordinator/progress?q=KUTIM").with(user(kukar)).exchange()).hasStatusOk()
			.bodyText().doesNotContain("PEMKAB-KUTIM");
		assertThat(mvc.get().uri("/coordinator/progress").with(user(kukar)).exchange()).bodyText()
			.doesNotContain(idle.getName());
		var kutimBody = bodies.findByCode("PEMKAB-KUTIM").orElseThrow();
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", kutimBody.getId()).with(user(kukar)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", sent.getId()).with(user(kukar)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void kutimCoordinatorDoesNotSeeKukar() {
		var kutim = demo("diskominfo@kutim.test");
		assertThat(mvc.get().uri("/coordinator/progress?size=100").with(user(kutim)).exchange()).hasStatusOk()
			.bodyText().doesNotContain("PEMKAB-KUKAR", "KUKAR-DISKOMINFO");
		var kukarBody = bodies.findByCode("PEMKAB-KUKAR").orElseThrow();
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", kukarBody.getId()).with(user(kutim)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void drillDownShowsAnswersInWordsAndEvidence() {
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", filling.getId()).with(user(coordinator)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains(filling.getName(), "sk-progres.pdf", "/evidence/" + fileId, "Belum dijawab");
		assertThat(mvc.get().uri("/evidence/{id}", fileId).with(user(coordinator)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", idle.getId()).with(user(coordinator)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("belum mulai mengisi");
		assertThat(mvc.get().uri("/coordinator/progress/bodies/{id}", Long.MAX_VALUE).with(user(coordinator)).exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void filtersAndPagingNarrowTheRows() {
		assertThat(ids(filter(null, null, "FILLING", null, null, null))).containsExactly(filling.getId());
		assertThat(ids(filter(sent.getCode().toLowerCase(), null, null, null, null, null))).containsExactly(sent.getId());
		assertThat(ids(filter(null, "DESA", null, null, null, null))).containsExactly(sent.getId());
		assertThat(ids(filter(null, null, null, "answered", null, null)).get(0)).isEqualTo(sent.getId());
		var firstPage = boards.board(coordinator, Zone.COORDINATOR, filter(null, null, null, null, "0", "3"));
		assertThat(firstPage.page().getContent()).hasSize(3);
		assertThat(firstPage.page().getTotalElements()).isEqualTo(4);
		assertThat(firstPage.totals().get(BoardStatus.NOT_STARTED)).isEqualTo(2);
		var secondPage = boards.board(coordinator, Zone.COORDINATOR, filter(null, null, null, null, "1", "3"));
		assertThat(secondPage.page().getContent()).hasSize(1);
		assertThat(mvc.get().uri("/coordinator/progress?status=SENT").with(user(coordinator)).exchange())
			.bodyText().contains(sent.getName()).doesNotContain(idle.getName());
	}

	@Test
	void badFilterValuesAndHugePagesGiveAPageWithAMessage() {
		var page = mvc.get()
			.uri("/coordinator/progress?status=NOPE&category=XYZ&sort=weird&overdue=maybe&page=abc&size=100000")
			.with(user(coordinator))
			.exchange();
		assertThat(page).hasStatusOk().bodyText().contains("NOPE", "XYZ", "weird", "Paling banyak 100 baris",
				sent.getName());
		var board = boards.board(coordinator, Zone.COORDINATOR, filter(null, null, null, null, "99999999999", "100000"));
		assertThat(board.page().getSize()).isEqualTo(100);
		assertThat(board.page().getContent()).hasSize(4);
		assertThat(mvc.get().uri("/coordinator/progress?size=-5&page=-1").with(user(coordinator)).exchange())
			.hasStatusOk();
	}

	@Test
	void commissionAndAdminSeeEveryParticipant() {
		var admin = demo("admin@kipkaltim.test");
		assertThat(mvc.get().uri("/admin/progress?q={q}", sent.getCode()).with(user(admin)).exchange()).hasStatusOk()
			.bodyText().contains(sent.getName());
		var commissioner = demo("komisioner@kipkaltim.test");
		assertThat(mvc.get().uri("/commissioner/progress?q=PEMKAB-KUTIM").with(user(commissioner)).exchange())
			.hasStatusOk().bodyText().contains("PEMKAB-KUTIM");
		assertThat(mvc.get().uri("/commissioner/progress/bodies/{id}", sent.getId()).with(user(commissioner)).exchange())
			.hasStatusOk().bodyText().contains(sent.getName());
		assertThat(mvc.get().uri("/coordinator/progress").with(user(commissioner)).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void boardQueriesDoNotGrowWithTheNumberOfBodies() {
		var statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none());
		statistics.setStatisticsEnabled(true);
		try {
			long few = fewestStatements(statistics);
			assertThat(few).isPositive();
			for (int i = 0; i < 4; i++) {
				var more = fixtures.childOf(root, "PD_KABKOTA");
				var respondent = fixtures.respondent(more, "Sari " + i);
				var workspace = work.open(respondent);
				var question = SubmissionWork.questions(workspace).get(0);
				answers.save(respondent, workspace.id(), question.id(), SubmissionWork.modest(question), null);
			}
			boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none());
			long many = fewestStatements(statistics);
			assertThat(boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none()).page().getContent()).hasSize(8);
			assertThat(many).isLessThanOrEqualTo(few);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	/**
	 * Statements of one board, the fewest of three runs: the statistics count the whole application, and mails of
	 * earlier tests may still be handled in the background.
	 */
	private long fewestStatements(org.hibernate.stat.Statistics statistics) {
		long fewest = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			statistics.clear();
			boards.board(coordinator, Zone.COORDINATOR, ProgressFilter.none());
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

	private ProgressFilter filter(String q, String category, String status, String sort, String page, String size) {
		return new ProgressFilter(q, category, null, status, null, sort, page, size, null);
	}

	private List<Long> ids(ProgressFilter filter) {
		return boards.board(coordinator, Zone.COORDINATOR, filter).page().getContent().stream().map(BoardRow::bodyId)
			.toList();
	}

	private static BoardRow row(List<BoardRow> rows, PublicBody body) {
		return rows.stream().filter(r -> r.bodyId() == body.getId()).findFirst().orElseThrow();
	}

	/** A body of the given category in the demo cycle, placed under this test's coordinator body. */

	private CurrentUser demo(String email) {
		var account = accounts.findByEmail(email).orElseThrow();
		var body = account.getPublicBody();
		return new CurrentUser(account.getId(), account.getEmail(), account.getDisplayName(), "{noop}not-used",
				body == null ? null : body.getId(), Set.copyOf(account.getRoles()), true, false, false);
	}

}
