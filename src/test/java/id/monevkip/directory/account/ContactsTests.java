package id.monevkip.directory.account;

import java.util.Set;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.ContactView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.Role;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ContactsTests {

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void listsOnlyActiveAccountsOfThatBodyWithThatRole() {
		var body = fixtures.body();
		var respondent = fixtures.account(Role.RESPONDENT, body);
		var both = fixtures.account(Role.COORDINATOR, body);
		both.update(new Account.Profile(both.getDisplayName(), null, null, Set.of(Role.COORDINATOR, Role.RESPONDENT),
				body));
		accounts.save(both);
		var inactive = fixtures.account(Role.RESPONDENT, body);
		inactive.deactivate();
		accounts.save(inactive);
		fixtures.account(Role.COORDINATOR, body);
		fixtures.account(Role.RESPONDENT, fixtures.body());

		assertThat(directory.contacts(body.getId(), Role.RESPONDENT)).extracting(ContactView::accountId)
			.containsExactlyInAnyOrder(respondent.getId(), both.getId());
		assertThat(directory.contacts(body.getId(), Role.RESPONDENT))
			.contains(new ContactView(respondent.getId(), respondent.getEmail(), respondent.getDisplayName()));
	}

	@Test
	void answersWithOneQueryHoweverManyContacts() {
		var body = fixtures.body();
		for (int i = 0; i < 5; i++) {
			fixtures.account(Role.RESPONDENT, body);
		}
		var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			assertThat(directory.contacts(body.getId(), Role.RESPONDENT)).hasSize(5);
			assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

}
