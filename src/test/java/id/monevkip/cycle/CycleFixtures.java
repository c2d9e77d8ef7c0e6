package id.monevkip.cycle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategory;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Test data for the cycle pages: an organiser body of its own (so that any year is free, whatever the demo
 * holds), bodies in seeded categories, an admin account and cycles. Everything carries a random tag.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public final class CycleFixtures {

	public final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	private final PublicBodyRepository bodies;

	private final BodyCategoryRepository categories;

	private final AccountRepository accounts;

	private final CycleRepository cycles;

	private final Clock clock;

	private PublicBody organiser;

	CycleFixtures(PublicBodyRepository bodies, BodyCategoryRepository categories, AccountRepository accounts,
			CycleRepository cycles, Clock clock) {
		this.bodies = bodies;
		this.categories = categories;
		this.accounts = accounts;
		this.cycles = cycles;
		this.clock = clock;
	}

	public static Instant wita(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(Wita.ZONE).toInstant();
	}

	public String organiserCode() {
		return organiser().getCode();
	}

	public long organiserId() {
		return organiser().getId();
	}

	private PublicBody organiser() {
		if (organiser == null) {
			organiser = body("KI", "PD_PROVINSI");
		}
		return organiser;
	}

	public BodyCategory category(String code) {
		return categories.findByCode(code).orElseThrow();
	}

	/** A new active body in a seeded category. */
	public PublicBody body(String name, String categoryCode) {
		var details = new PublicBody.Details("Badan Siklus " + tag + " " + name, category(categoryCode), null,
				PpidType.UTAMA, null, null, null, null);
		var body = bodies.save(new PublicBody("C" + tag + "-" + name, details, clock.instant()));
		body.placeUnder(null);
		return bodies.save(body);
	}

	public CurrentUser admin() {
		var account = new Account("cycle-admin-" + UUID.randomUUID() + "@cycles.test",
				new Account.Profile("Admin Siklus " + tag, null, null, Set.of(Role.ADMIN), null), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", null,
				Set.of(Role.ADMIN), true, false, false);
	}

	/** A year's timetable in WITA from 1 March to December of that year. */
	public static List<StageWindow> timetable(int year) {
		List<StageWindow> windows = new ArrayList<>();
		windows.add(new StageWindow(Stage.REGISTRATION, wita(year + "-03-01T08:00"), wita(year + "-03-31T16:00")));
		windows.add(new StageWindow(Stage.SAQ, wita(year + "-04-01T08:00"), wita(year + "-05-15T23:59")));
		windows.add(new StageWindow(Stage.VERIFICATION, wita(year + "-05-16T08:00"), wita(year + "-06-30T16:00")));
		windows.add(new StageWindow(Stage.OBJECTION, wita(year + "-07-01T08:00"), wita(year + "-07-07T16:00")));
		windows.add(new StageWindow(Stage.VISITATION, wita(year + "-08-01T08:00"), wita(year + "-09-30T16:00")));
		windows.add(new StageWindow(Stage.DETERMINATION, wita(year + "-10-01T08:00"), wita(year + "-10-31T16:00")));
		windows.add(new StageWindow(Stage.AWARD, wita(year + "-12-01T19:00"), wita(year + "-12-01T23:00")));
		return windows;
	}

	public static ScoringPolicy policy() {
		return ScoringPolicy.of(Map.of(ScoreStage.SAQ, BigDecimal.valueOf(80), ScoreStage.VISITATION,
				BigDecimal.valueOf(20)));
	}

	public Cycle cycle(int year) {
		return cycles.save(new Cycle(year, "Monev Uji " + tag + " " + year, organiserId(), timetable(year), policy(),
				clock.instant()));
	}

	/** A cycle whose SAQ window opened a day ago. */
	public Cycle runningCycle(int year) {
		var now = clock.instant();
		var windows = List.of(new StageWindow(Stage.REGISTRATION, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(10))),
				new StageWindow(Stage.SAQ, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20))));
		return cycles.save(new Cycle(year, "Monev Jalan " + tag + " " + year, organiserId(), windows, policy(), now));
	}

	public Cycle reload(long id) {
		return cycles.findById(id).orElseThrow();
	}

}
