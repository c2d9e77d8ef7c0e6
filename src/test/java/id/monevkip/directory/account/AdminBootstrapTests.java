package id.monevkip.directory.account;

import java.nio.file.Path;
import java.time.Clock;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * An installation without an active administrator (as a fresh external database is) either gets one from
 * APP_ADMIN_EMAIL/APP_ADMIN_PASSWORD or refuses to start. Each test rolls back, so the demo admin returns.
 */
@IntegrationTest
@Transactional
class AdminBootstrapTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	@BeforeEach
	void withoutAnyActiveAdministrator() {
		accounts.findAll().stream().filter(a -> a.getRoles().contains(Role.ADMIN)).forEach(Account::deactivate);
		assertThat(accounts.existsActiveWithRole(Role.ADMIN)).isFalse();
	}

	@Test
	void refusesToStartWithoutAdminSettings() {
		var bootstrap = bootstrapWith(new AppProperties.Admin(null, null));
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null))
			.withMessageContaining("APP_ADMIN_EMAIL")
			.withMessageContaining("APP_ADMIN_PASSWORD");
	}

	@Test
	void refusesAWeakPassword() {
		var bootstrap = bootstrapWith(new AppProperties.Admin("kepala@ki.test", "pendek"));
		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null)).withMessageContaining("10 characters");
	}

	@Test
	void createsTheFirstAdministratorFromTheSettings() {
		bootstrapWith(new AppProperties.Admin("Kepala.Sekretariat@KI.test", "sangat-rahasia-2026")).run(null);
		var admin = accounts.findByEmail("kepala.sekretariat@ki.test").orElseThrow();
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(passwordEncoder.matches("sangat-rahasia-2026", admin.getPasswordHash())).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
	}

	@Test
	void leavesAnInstallationWithAnAdministratorAlone() {
		accounts.findByEmail("admin@kipkaltim.test").orElseThrow().activate();
		long before = accounts.count();
		bootstrapWith(new AppProperties.Admin(null, null)).run(null);
		assertThat(accounts.count()).isEqualTo(before);
	}

	private AdminBootstrap bootstrapWith(AppProperties.Admin admin) {
		var properties = new AppProperties(Path.of("target/test-data"), null, admin, true, "http://localhost:8080");
		return new AdminBootstrap(properties, accounts, passwordEncoder, clock, messages);
	}

}
