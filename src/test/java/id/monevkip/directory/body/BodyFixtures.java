package id.monevkip.directory.body;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Test data for the body pages. Everything it creates carries a random tag in its code, name or email,
 * so that tests sharing the database (and its demo data) never see each other's rows. A prototype bean
 * of the one test context: every test instance that injects it gets its own tag.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class BodyFixtures {

	final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	private final BodyService bodies;

	private final PublicBodyRepository bodyRepository;

	private final BodyCategoryRepository categories;

	private final RegionRepository regions;

	private final AccountRepository accounts;

	private final Clock clock;

	BodyFixtures(BodyService bodies, PublicBodyRepository bodyRepository, BodyCategoryRepository categories,
			RegionRepository regions, AccountRepository accounts, Clock clock) {
		this.bodies = bodies;
		this.bodyRepository = bodyRepository;
		this.categories = categories;
		this.regions = regions;
		this.accounts = accounts;
		this.clock = clock;
	}

	String code(String name) {
		return "T" + tag + "-" + name;
	}

	String name(String name) {
		return "Badan Uji " + tag + " " + name;
	}

	long seededCategoryId() {
		return categories.findByCode("PD_KABKOTA").orElseThrow().getId();
	}

	BodyCategory category(String name, boolean active) {
		var category = new BodyCategory(code(name), "Kategori Uji " + tag + " " + name, 900, false);
		category.update(category.getName(), 900, false, active);
		return categories.save(category);
	}

	/** A province-like region with two regencies and a district below the first; codes are unique per tag. */
	Region region(String code, @Nullable Region parent) {
		return regions.save(new Region(code, "Wilayah Uji " + code, parent));
	}

	String regionRoot() {
		return "R" + tag;
	}

	long body(String name, @Nullable String parentCode) {
		return body(name, parentCode, seededCategoryId(), null);
	}

	long body(String name, @Nullable String parentCode, long categoryId, @Nullable String regionCode) {
		return bodies.create(new SaveBody(code(name), name(name), categoryId, regionCode, parentCode,
				parentCode == null ? PpidType.UTAMA : PpidType.PELAKSANA, null, null, null, null));
	}

	PublicBody find(long id) {
		return bodyRepository.findById(id).orElseThrow();
	}

	/** A real, active account with this role (and body), signed in as the security context would hold it. */
	CurrentUser user(Role role, @Nullable Long bodyId) {
		var body = bodyId == null ? null : find(bodyId);
		var account = new Account(role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@bodies.test",
				new Account.Profile("Uji " + role, null, null, Set.of(role), body), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", bodyId,
				Set.of(role), true, false, false);
	}

}
