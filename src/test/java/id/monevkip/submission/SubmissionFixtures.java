package id.monevkip.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.questionnaire.transfer.TransferService;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import org.springframework.core.io.ClassPathResource;
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

	private final CycleRepository cycleRepository;

	private final TransferService transfers;

	private final InstrumentService instruments;

	public SubmissionFixtures(PublicBodyRepository bodies, BodyCategoryRepository categories, AccountRepository accounts,
			ParticipantRepository participants, CycleManagement cycles, Clock clock, CycleRepository cycleRepository,
			TransferService transfers, InstrumentService instruments) {
		this.cycleRepository = cycleRepository;
		this.transfers = transfers;
		this.instruments = instruments;
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

	/**
	 * A body taking part in a cycle of its own with the given timetable (and the demo cycle's policy), whose
	 * Badan Publik questionnaire is published for the body's category. The cycle's organiser is a fresh body, so the
	 * year never collides with another test's cycle; use an early year, so that the cycle, running or not, never
	 * becomes "the current cycle" (the latest running one) for other tests.
	 */
	public PublicBody participantInOwnCycle(String categoryCode, int year, List<StageWindow> windows) {
		return participantInOwnCycle(categoryCode, year, windows, false);
	}

	/** The same, with the cycle's rule whether an unreachable link blocks sending (set before the SAQ opens). */
	public PublicBody participantInOwnCycle(String categoryCode, int year, List<StageWindow> windows,
			boolean brokenLinksBlock) {
		var now = clock.instant();
		var newCycle = new Cycle(year, "Monev uji " + year, outsider().getId(), windows, demoCycle().policy(), now);
		newCycle.blockBrokenLinks(brokenLinksBlock, now);
		var cycle = cycleRepository.save(newCycle);
		var category = categories.findByCode(categoryCode).orElseThrow();
		try {
			instruments.publishAsSeed(transfers.importFile(cycle.getId(), Set.of(category.getId()),
					new ClassPathResource("instruments/badan-publik-saq.json").getContentAsByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		var body = bodies.save(new PublicBody("OWN" + tag, new PublicBody.Details("Badan Uji " + tag, category, null,
				PpidType.UTAMA, null, null, null, null), now));
		body.placeUnder(null);
		body = bodies.save(body);
		participants.save(new Participant(cycle.getId(), body.getId(), category.getId(), now));
		return body;
	}

	/** A day relative to {@code now}, at 08:00 WITA, as commissions set their windows. */
	public static Instant days(Instant now, int days) {
		return now.atZone(Wita.ZONE).toLocalDate().plusDays(days).atTime(8, 0).atZone(Wita.ZONE).toInstant();
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
		return account(body, Role.RESPONDENT, name);
	}

	/** An active account of the body holding one role, e.g. a coordinator of a subtree made with {@link #childOf}. */
	public CurrentUser account(PublicBody body, Role role, String name) {
		var account = new Account(role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@submission.test",
				new Account.Profile(name, null, null, Set.of(role), body), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", body.getId(),
				Set.of(role), true, false, false);
	}

	/** A participant of the demo cycle placed under {@code parent} in the PPID tree. */
	public PublicBody childOf(PublicBody parent, String categoryCode) {
		var body = participant(categoryCode);
		body.placeUnder(parent);
		return bodies.save(body);
	}

}
