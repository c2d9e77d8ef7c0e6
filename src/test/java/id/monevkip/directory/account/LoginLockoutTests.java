package id.monevkip.directory.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class LoginLockoutTests {

	static final String WRONG = "salah-sandi-sekali";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountFixtures fixtures;

	Account respondent;

	@BeforeEach
	void setUp() {
		respondent = fixtures.respondent();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
		for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
			assertThat(login(respondent.getEmail(), WRONG)).redirectedUrl().isEqualTo("/login?error");
		}

		var locked = login(respondent.getEmail(), AccountFixtures.PASSWORD);
		var unknown = login(AccountFixtures.unique("tidak-ada") + "@uji.test", AccountFixtures.PASSWORD);
		assertThat(locked).hasStatus(unknown.getResponse().getStatus()).redirectedUrl().isEqualTo("/login?error");
		assertThat(unknown).redirectedUrl().isEqualTo("/login?error");
		assertThat(locked.getResponse().getHeaderNames()).containsExactlyInAnyOrderElementsOf(
				unknown.getResponse().getHeaderNames());
		assertThat(mvc.get().uri("/login?error")).bodyText().contains("Email atau kata sandi salah");

		var lockedUntil = fixtures.reload(respondent).getLockedUntil();
		assertThat(lockedUntil).isCloseTo(clock.instant().plus(Duration.ofMinutes(15)), within(Duration.ofMinutes(1)));
	}

	@Test
	void lockEndsAfterFifteenMinutes() {
		failLogins(Account.MAX_FAILED_LOGINS);
		var account = fixtures.reload(respondent);
		var lockedUntil = account.getLockedUntil();

		assertThat(account.isLocked(clock.instant())).isTrue();
		assertThat(account.isLocked(lockedUntil.minusSeconds(1))).isTrue();
		assertThat(account.isLocked(lockedUntil)).isFalse();
		assertThat(account.isLocked(clock.instant().plus(Account.LOCK_DURATION).plusSeconds(5))).isFalse();

		// what the clock would show fifteen minutes later: the stored lock lies in the past
		jdbc.update("update account set locked_until = ? where id = ?",
				Timestamp.from(clock.instant().minusSeconds(1)), respondent.getId());
		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/respondent");
	}

	@Test
	void adminUnlockLetsTheOwnerSignInAgain() {
		failLogins(Account.MAX_FAILED_LOGINS);
		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/login?error");

		var admin = fixtures.user(fixtures.admin());
		assertThat(mvc.post().uri("/admin/accounts/{id}/unlock", respondent.getId()).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection().flash().containsEntry("message", "accounts.unlocked");

		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/respondent");
	}

	@Test
	void successfulLoginResetsTheCounter() {
		failLogins(Account.MAX_FAILED_LOGINS - 1);
		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/respondent");
		assertThat(fixtures.reload(respondent).getFailedLogins()).isZero();

		failLogins(Account.MAX_FAILED_LOGINS - 1);
		var account = fixtures.reload(respondent);
		assertThat(account.getFailedLogins()).isEqualTo(Account.MAX_FAILED_LOGINS - 1);
		assertThat(account.getLockedUntil()).isNull();
		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/respondent");
	}

	private void failLogins(int times) {
		for (int i = 0; i < times; i++) {
			login(respondent.getEmail(), WRONG);
		}
	}

	private MvcTestResult login(String email, String password) {
		return mvc.post().uri("/login").param("username", email).param("password", password).with(csrf()).exchange();
	}

}
