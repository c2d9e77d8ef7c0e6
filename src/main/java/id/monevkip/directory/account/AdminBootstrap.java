package id.monevkip.directory.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import id.monevkip.shared.AppProperties;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure an installation can be administered: when no active administrator exists, creates one from
 * APP_ADMIN_EMAIL / APP_ADMIN_PASSWORD, and refuses to start without them. There is deliberately no
 * default password outside the demo data.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@RequiredArgsConstructor
class AdminBootstrap implements ApplicationRunner {

	private final AppProperties properties;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final MessageSource messages;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.existsActiveWithRole(Role.ADMIN)) {
			return;
		}
		var admin = properties.admin();
		if (!admin.isSet()) {
			throw new IllegalStateException("""
					No administrator account exists yet. Start e-Monev KIP once with APP_ADMIN_EMAIL and \
					APP_ADMIN_PASSWORD set (the password needs at least 10 characters and must differ from the \
					email) to create the first administrator.""");
		}
		String email = Account.normalise(admin.email());
		PasswordPolicy.violation(admin.password(), email).ifPresent(rule -> {
			throw new IllegalStateException("APP_ADMIN_PASSWORD is not acceptable: "
					+ messages.getMessage(rule, new Object[] { PasswordPolicy.MIN_LENGTH }, Locale.ENGLISH));
		});
		if (accounts.findByEmail(email).isPresent()) {
			throw new IllegalStateException("APP_ADMIN_EMAIL " + email
					+ " belongs to an existing account without the administrator role; choose another email.");
		}
		var account = new Account(email, new Account.Profile("Administrator", null, null, Set.of(Role.ADMIN), null),
				clock.instant());
		account.setPassword(passwordEncoder.encode(admin.password()), false);
		accounts.save(account);
		log.info("Created the first administrator account {}", email);
	}

}
