package id.monevkip.directory.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts and bodies of one test, with unique codes and emails so that tests never meet each other's data.
 * A bean of the one test context (component scanning finds it among the test classes), so that a test
 * injects it instead of wiring its repositories itself.
 */
@Component
record AccountFixtures(AccountRepository accounts, PublicBodyRepository bodies, BodyCategoryRepository categories,
		PasswordEncoder passwordEncoder, Clock clock) {

	static final String PASSWORD = "kopi-pagi-tenggarong";

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	PublicBody body() {
		String code = unique("UJI").toUpperCase(Locale.ROOT);
		var category = categories.findByCode("PD_KABKOTA").orElseThrow();
		var details = new PublicBody.Details("Dinas Uji " + code, category, null, PpidType.PELAKSANA, null, null, null,
				null);
		return bodies.save(new PublicBody(code, details, clock.instant()));
	}

	Account account(Role role, @Nullable PublicBody body) {
		String email = unique(role.name().toLowerCase(Locale.ROOT)) + "@uji.test";
		var account = new Account(email, new Account.Profile("Uji " + role, null, null, Set.of(role), body),
				clock.instant());
		account.setPassword(passwordEncoder.encode(PASSWORD), false);
		return accounts.save(account);
	}

	Account respondent() {
		return account(Role.RESPONDENT, body());
	}

	Account admin() {
		return account(Role.ADMIN, null);
	}

	CurrentUser user(Account account) {
		return reload(account).toCurrentUser(clock.instant());
	}

	Account reload(Account account) {
		return accounts.findWithBodyById(account.getId()).orElseThrow();
	}

}
