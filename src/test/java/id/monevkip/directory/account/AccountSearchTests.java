package id.monevkip.directory.account;

import java.util.Locale;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.Role;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountSearchTests {

	@Autowired
	AccountService service;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	AccountFixtures fixtures;

	@Test
	void loadsAPageWithAFixedNumberOfQueries() {
		for (int i = 0; i < 6; i++) {
			fixtures.respondent();
		}
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			var page = service.search(AccountFilter.none(), 0, AccountService.MAX_PAGE_SIZE);
			assertThat(page.getNumberOfElements()).isGreaterThan(6);
			assertThat(page.getContent()).allSatisfy(row -> assertThat(row.roles()).isNotEmpty());
			// the page, its count, and the roles in batches of 50 (spring.jpa...default_batch_fetch_size)
			long batches = (page.getNumberOfElements() + 49) / 50;
			assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2 + batches);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void findsByRoleAndPartOfTheName() {
		var juror = fixtures.account(Role.JUROR, null);
		var respondent = fixtures.respondent();
		String part = juror.getEmail().substring(0, juror.getEmail().indexOf('@')).toUpperCase(Locale.ROOT);

		var byRole = service.search(new AccountFilter(part, Role.JUROR, null, null, null), 0, 10);
		var otherRole = service.search(new AccountFilter(part, Role.RESPONDENT, null, null, null), 0, 10);
		var byBodyId = service.search(new AccountFilter(null, null, respondent.getPublicBody().getId(), null, null), 0, 10);

		assertThat(byRole.getContent()).extracting(AccountRow::email).containsExactly(juror.getEmail());
		assertThat(otherRole).isEmpty();
		assertThat(byBodyId.getContent()).extracting(AccountRow::email).containsExactly(respondent.getEmail());
	}

	@Test
	void treatsWildcardsAsPlainText() {
		fixtures.respondent();
		assertThat(service.search(new AccountFilter("%", null, null, null, null), 0, 10)).isEmpty();
		assertThat(service.search(new AccountFilter("_", null, null, null, null), 0, 10)).isEmpty();
	}

	@Test
	void boundsThePageSize() {
		assertThat(service.search(AccountFilter.none(), 0, 10_000).getSize()).isEqualTo(AccountService.MAX_PAGE_SIZE);
		assertThat(service.search(AccountFilter.none(), -3, 0).getNumber()).isZero();
	}

}
