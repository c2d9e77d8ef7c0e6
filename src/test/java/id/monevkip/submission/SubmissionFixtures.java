package id.monevkip.submission;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Test fixtures: a fresh public body taking part in the current (demo) cycle, with respondents. Every call makes
 * new rows with unique codes, so tests never touch demo bodies or each other's.
 */
@Component
public class SubmissionFixtures {

	private final PublicBodyRepository bodies;

	private final BodyCategoryRepository categories;

	private final AccountRepository accounts;

	private final ParticipantRepository participants;

	private final CycleManagement cycles;

	private final Clock clock;

	public SubmissionFixtures(PublicBodyRepository bodies, BodyCategoryRepository categories, AccountRepository accounts,
			ParticipantRepository participants, CycleManagement cycles, Clock clock) {
		this.bodies = bodies;
		this.categories = categories;
		this.accounts = accounts;
		this.participants = participants;
		this.cycles = cycles;
		this.clock = clock;
	}

	/** A body competing in the current cycle in the given category (e.g. PD_KABKOTA, DESA). */
	public PublicBody participant(String categoryCode) {
		var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		var category = categories.findByCode(categoryCode).orElseThrow();
		var details = new PublicBody.Details("Badan Uji " + tag, category, null, PpidType.UTAMA, null, null, null, null);
		var body = bodies.save(new PublicBody("SUB" + tag, details, clock.instant()));
		body.placeUnder(null);
		body = bodies.save(body);
		var cycle = demoCycle();
		participants.save(new Participant(cycle.id(), body.getId(), category.getId(), clock.instant()));
		return body;
	}

	/**
	 * The demo cycle whose SAQ is open now: the one the demo respondent's body works in. Other tests create cycles
	 * of their own (some running today), so "the current cycle" alone would not do.
	 */
	public id.monevkip.cycle.CycleView demoCycle() {
		var demoBody = bodies.findByCode("KUKAR-DISKOMINFO").orElseThrow();
		return cycles.currentFor(demoBody.getId()).orElseThrow();
	}

	/** A body that is not taking part in any cycle. */
	public PublicBody outsider() {
		var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		var details = new PublicBody.Details("Badan Luar " + tag, categories.findByCode("BUMD").orElseThrow(), null,
				PpidType.UTAMA, null, null, null, null);
		var body = bodies.save(new PublicBody("OUT" + tag, details, clock.instant()));
		body.placeUnder(null);
		return bodies.save(body);
	}

	public CurrentUser respondent(PublicBody body, String name) {
		var account = new Account("resp-" + UUID.randomUUID() + "@submission.test",
				new Account.Profile(name, null, null, Set.of(Role.RESPONDENT), body), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", body.getId(),
				Set.of(Role.RESPONDENT), true, false, false);
	}

}
