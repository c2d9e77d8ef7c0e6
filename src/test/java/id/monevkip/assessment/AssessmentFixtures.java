package id.monevkip.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.directory.body.RegionRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Fixtures of the assessment tests: cycles of their own (an early year and a fresh organiser, so never "the current
 * cycle"), participants with a region and a place in the tree, and assessors or jurors. Unique codes every call.
 */
@Component
public class AssessmentFixtures {

	private final PublicBodyRepository bodies;

	private final BodyCategoryRepository categories;

	private final RegionRepository regions;

	private final AccountRepository accounts;

	private final ParticipantRepository participants;

	private final CycleRepository cycles;

	private final SubmissionFixtures submissions;

	private final UserDetailsService users;

	private final Clock clock;

	public AssessmentFixtures(PublicBodyRepository bodies, BodyCategoryRepository categories, RegionRepository regions,
			AccountRepository accounts, ParticipantRepository participants, CycleRepository cycles,
			SubmissionFixtures submissions, UserDetailsService users, Clock clock) {
		this.bodies = bodies;
		this.categories = categories;
		this.regions = regions;
		this.accounts = accounts;
		this.participants = participants;
		this.cycles = cycles;
		this.submissions = submissions;
		this.users = users;
		this.clock = clock;
	}

	/** A cycle of its own without participants. */
	public long cycle() {
		var cycle = cycles.save(new Cycle(2004, "Monev penugasan uji", submissions.outsider().getId(),
				List.of(new StageWindow(Stage.SAQ, Instant.parse("2004-03-01T00:00:00Z"), Instant.parse("2004-04-01T00:00:00Z"))),
				submissions.demoCycle().policy(), clock.instant()));
		return cycle.getId();
	}

	/** A body in the category and region (a Kemendagri code, or null), under {@code parent}, taking part in the cycle. */
	public PublicBody participant(long cycleId, String categoryCode, @Nullable String regionCode,
			@Nullable PublicBody parent) {
		var body = body(categoryCode, regionCode, parent);
		participants.save(new Participant(cycleId, body.getId(), body.getCategory().getId(), clock.instant()));
		return body;
	}

	/** A body that takes part in no cycle. */
	public PublicBody body(String categoryCode, @Nullable String regionCode, @Nullable PublicBody parent) {
		var tag = tag();
		var category = categories.findByCode(categoryCode).orElseThrow();
		var region = regionCode == null ? null : regions.findByCode(regionCode).orElseThrow();
		var body = bodies.save(new PublicBody("ASG" + tag, new PublicBody.Details("Badan Nilai " + tag, category, region,
				PpidType.UTAMA, null, null, null, null), clock.instant()));
		body.placeUnder(parent);
		return bodies.save(body);
	}

	/** An active account holding the role (ASSESSOR or JUROR), belonging to the body if one is given. */
	public CurrentUser person(Role role, String name, @Nullable PublicBody body) {
		var account = new Account(role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@assessment.test",
				new Account.Profile(name + " " + tag(), null, null, Set.of(role), body), clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used",
				body == null ? null : body.getId(), Set.of(role), true, false, false);
	}

	public CurrentUser admin() {
		return (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

}
