package id.monevkip.directory.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The coordinator's respondent list: filters and pages in the database, never beyond the subtree. */
@IntegrationTest
class RespondentSearchTests {

	@Autowired
	RespondentSearch search;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Clock clock;

	PublicBody root;

	PublicBody child;

	PublicBody grandchild;

	PublicBody otherRoot;

	CurrentUser coordinator;

	/** A word in every name of this test, so that filters by it never meet other tests' accounts. */
	String tag;

	@BeforeEach
	void setUp() {
		tag = AccountFixtures.unique("Cari").replace("-", "");
		root = fixtures.body();
		child = under(root);
		grandchild = under(child);
		otherRoot = fixtures.body();
		coordinator = fixtures.user(fixtures.account(Role.COORDINATOR, root));
	}

	@Test
	void findsByPartOfNameOrEmailInAnyCase() {
		var siti = respondent(child, "Siti Rahmawati " + tag, true, true);
		var budi = respondent(grandchild, "Budi " + tag, true, true);

		assertThat(emails(filter("rahmaWATI " + tag.toLowerCase(Locale.ROOT), null, null))).containsExactly(siti.getEmail());
		String mailbox = budi.getEmail().substring(0, budi.getEmail().indexOf('@'));
		assertThat(emails(filter(mailbox.toUpperCase(Locale.ROOT), null, null))).containsExactly(budi.getEmail());
		assertThat(emails(filter(tag, null, null))).containsExactlyInAnyOrder(siti.getEmail(), budi.getEmail());
	}

	@Test
	void neverShowsAccountsOutsideTheSubtreeOrWithOtherRoles() {
		var own = respondent(grandchild, "Milik " + tag, true, true);
		var stranger = respondent(otherRoot, "Asing " + tag, true, true);
		var coordinatorBelow = fixtures.account(Role.COORDINATOR, child);
		var both = new Account(AccountFixtures.unique("dua") + "@uji.test",
				new Account.Profile("Dua Peran " + tag, null, null, Set.of(Role.RESPONDENT, Role.COORDINATOR), child),
				clock.instant());
		accounts.save(both);

		var all = search.respondents(coordinator, RespondentFilter.none()).page().getContent();
		var byOtherBody = search.respondents(coordinator, filter(tag, String.valueOf(otherRoot.getId()), null));

		assertThat(all).extracting(RespondentRow::email).contains(own.getEmail())
			.doesNotContain(stranger.getEmail(), coordinatorBelow.getEmail(), both.getEmail());
		assertThat(byOtherBody.page().getContent()).extracting(RespondentRow::email).containsExactly(own.getEmail());
		assertThat(byOtherBody.notices()).containsExactly(
				new RespondentSearch.Notice("invitations.notice.body", String.valueOf(otherRoot.getId())));
	}

	@Test
	void filtersByBodyOfTheSubtree() {
		respondent(child, "Anak " + tag, true, true);
		var below = respondent(grandchild, "Cucu " + tag, true, true);

		var result = search.respondents(coordinator, filter(tag, String.valueOf(grandchild.getId()), null));

		assertThat(result.page().getContent()).extracting(RespondentRow::email).containsExactly(below.getEmail());
		assertThat(result.notices()).isEmpty();
	}

	@Test
	void filtersByState() {
		var active = respondent(child, "Aktif " + tag, true, true);
		var invited = respondent(child, "Diundang " + tag, true, false);
		var off = respondent(child, "Mati " + tag, false, true);
		var offInvited = respondent(child, "Mati Diundang " + tag, false, false);

		assertThat(emails(filter(tag, null, "ACTIVE"))).containsExactly(active.getEmail());
		assertThat(emails(filter(tag, null, "invited"))).containsExactly(invited.getEmail());
		assertThat(emails(filter(tag, null, "Inactive"))).containsExactlyInAnyOrder(off.getEmail(), offInvited.getEmail());
		assertThat(search.respondents(coordinator, filter(tag, null, "INACTIVE")).page().getContent())
			.extracting(RespondentRow::state).containsOnly(RespondentState.INACTIVE);
	}

	@Test
	void unknownStateIsIgnoredWithANotice() {
		respondent(child, "Satu " + tag, true, true);
		respondent(child, "Dua " + tag, true, false);

		var result = search.respondents(coordinator, filter(tag, null, "LOCKED"));

		assertThat(result.page().getTotalElements()).isEqualTo(2);
		assertThat(result.notices()).containsExactly(new RespondentSearch.Notice("invitations.notice.state", "LOCKED"));
	}

	@Test
	void pagesInTheDatabaseAndBoundsThePageSize() {
		for (int i = 0; i < 5; i++) {
			respondent(child, "Halaman " + i + " " + tag, true, true);
		}

		var second = search.respondents(coordinator, new RespondentFilter(tag, null, null, "1", "2"));
		var huge = search.respondents(coordinator, new RespondentFilter(tag, null, null, null, "100000"));
		var nonsense = search.respondents(coordinator, new RespondentFilter(tag, null, null, "-1", "banyak"));
		var beyond = search.respondents(coordinator, new RespondentFilter(tag, null, null, "99999999999", "2"));

		assertThat(second.page().getContent()).extracting(RespondentRow::displayName)
			.containsExactly("Halaman 2 " + tag, "Halaman 3 " + tag);
		assertThat(second.page().getTotalElements()).isEqualTo(5);
		assertThat(second.notices()).isEmpty();
		assertThat(huge.page().getSize()).isEqualTo(RespondentFilter.MAX_SIZE);
		assertThat(huge.notices()).containsExactly(new RespondentSearch.Notice("invitations.notice.sizeCapped", "100"));
		assertThat(nonsense.page().getSize()).isEqualTo(RespondentFilter.DEFAULT_SIZE);
		assertThat(nonsense.page().getNumber()).isZero();
		assertThat(nonsense.notices()).containsExactly(new RespondentSearch.Notice("invitations.notice.size", "banyak"),
				new RespondentSearch.Notice("invitations.notice.page", "-1"));
		assertThat(beyond.page().getNumber()).isEqualTo(2);
		assertThat(beyond.page().getContent()).extracting(RespondentRow::displayName).containsExactly("Halaman 4 " + tag);
	}

	@Test
	void loadsAPageWithAFixedNumberOfStatements() {
		for (int i = 0; i < 30; i++) {
			respondent(i % 2 == 0 ? child : grandchild, "Banyak " + i + " " + tag, true, i % 3 != 0);
		}
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			var filter = new RespondentFilter(tag, null, null, null, "20");
			var page = search.respondents(coordinator, filter).page();
			assertThat(page.getNumberOfElements()).isEqualTo(20);
			assertThat(page.getContent()).allSatisfy(row -> assertThat(row.bodyCode()).isNotBlank());
			// the coordinator's body, the page with its bodies, its count, the (eager) roles in one batch: however
			// many accounts and bodies are on the page
			assertThat(fewestStatements(statistics, filter)).isLessThanOrEqualTo(4);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void listPageKeepsTheFiltersAndReportsWhatItIgnored() {
		var shown = respondent(child, "Tampil " + tag, true, false);

		var result = mvc.get()
			.uri("/coordinator/accounts?q={q}&state=invited&body=abc&size=500", tag)
			.with(user(coordinator))
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains(shown.getEmail(), "Menunggu kata sandi", "Ditemukan 1 akun.",
					"Badan publik &quot;abc&quot; tidak ada di bawah koordinasi Anda", "Paling banyak 100 baris per halaman.");
		assertThat(result).model().extractingByKey("pageUrl").asString().contains("q=" + tag, "state=invited");
		var none = mvc.get().uri("/coordinator/accounts?q={q}", tag + "-tidak-ada").with(user(coordinator)).exchange();
		assertThat(none).hasStatusOk().bodyText().contains("Tidak ada akun yang cocok dengan pencarian ini.");
	}

	private long fewestStatements(Statistics statistics, RespondentFilter filter) {
		// Hibernate counts the whole application, including mails other tests' listeners still send in the
		// background: the fewest of three runs is this query's own count
		long fewest = Long.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			statistics.clear();
			search.respondents(coordinator, filter);
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

	private List<String> emails(RespondentFilter filter) {
		return search.respondents(coordinator, filter).page().getContent().stream().map(RespondentRow::email).toList();
	}

	private static RespondentFilter filter(String q, String body, String state) {
		return new RespondentFilter(q, body, state, null, null);
	}

	private PublicBody under(PublicBody parent) {
		var body = fixtures.body();
		body.placeUnder(parent);
		return bodies.save(body);
	}

	private Account respondent(PublicBody body, String name, boolean active, boolean passwordSet) {
		var account = new Account(AccountFixtures.unique("cari") + "@uji.test",
				new Account.Profile(name, null, null, Set.of(Role.RESPONDENT), body), clock.instant());
		if (passwordSet) {
			account.setPassword("{noop}" + AccountFixtures.PASSWORD, false);
		}
		if (!active) {
			account.deactivate();
		}
		return accounts.save(account);
	}

}
