package id.monevkip.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.assessment.results.Decrees;
import id.monevkip.cycle.Band;
import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.cycle.TieBreak;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.submission.SubmissionFixtures;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cycles with fixed results for ranking and publication tests: bodies of chosen categories and regions with a final
 * score (the SAQ is the only stage, so the final score is the SAQ score), and the decree issued.
 *
 * <p>Each cycle belongs to a fresh organiser. Its year is one no cycle of the demo organiser uses and no other
 * fixture cycle has taken in this JVM, so that public pages looked up by year find exactly this cycle.
 */
@Component
public class RankingFixtures {

	private static final java.util.Set<Integer> TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final AssessmentFixtures assessment;

	private final SubmissionFixtures submissions;

	private final CycleRepository cycles;

	private final ScoreLedger ledger;

	private final Decrees decrees;

	private final TransactionTemplate tx;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RankingFixtures(AssessmentFixtures assessment, SubmissionFixtures submissions, CycleRepository cycles,
			ScoreLedger ledger, Decrees decrees, TransactionTemplate tx, JdbcTemplate jdbc, Clock clock) {
		this.assessment = assessment;
		this.submissions = submissions;
		this.cycles = cycles;
		this.ledger = ledger;
		this.decrees = decrees;
		this.tx = tx;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One body to create: its category code (e.g. PD_PROVINSI, PD_KABKOTA, BUMD), Kemendagri region code or null, score. */
	public record Entry(String categoryCode, @Nullable String regionCode, String score) {

		public static Entry of(String categoryCode, String score) {
			return new Entry(categoryCode, null, score);
		}

	}

	/** A cycle with its bodies, in the order of the entries, and its decree once issued. */
	public record FixedCycle(long cycleId, int year, List<PublicBody> bodies, @Nullable DecreeView decree) {
	}

	/** SAQ 100 %, everybody goes on, KI's bands, two decimals HALF_UP, the given tie-break chain. */
	public static ScoringPolicy policy(List<TieBreak> tieBreaks) {
		return new ScoringPolicy(Map.of(ScoreStage.SAQ, BigDecimal.valueOf(100)), ShortlistRule.everybody(),
				NonShortlistedScore.VERIFIED_SAQ, Band.DEFAULTS, 2, RoundingMode.HALF_UP, tieBreaks);
	}

	/** A cycle with the bodies scored and decree version 1 issued. */
	public FixedCycle decreed(List<Entry> entries) {
		return decreed(entries, List.of());
	}

	public FixedCycle decreed(List<Entry> entries, List<TieBreak> tieBreaks) {
		var scored = scored(entries, tieBreaks);
		return new FixedCycle(scored.cycleId(), scored.year(), scored.bodies(), issue(scored.cycleId()));
	}

	/** A cycle with the bodies scored in the ledger and no decree yet. */
	public FixedCycle scored(List<Entry> entries, List<TieBreak> tieBreaks) {
		return scored(freshYear(), entries, tieBreaks);
	}

	/** A cycle of the given year (of a fresh organiser) with the bodies scored and no decree yet. */
	public FixedCycle scored(int year, List<Entry> entries, List<TieBreak> tieBreaks) {
		long cycleId = cycles.save(new Cycle(year, "Monev peringkat uji " + year, submissions.outsider().getId(),
				List.of(new StageWindow(Stage.SAQ, Instant.parse(year + "-03-01T00:00:00Z"),
						Instant.parse(year + "-04-01T00:00:00Z"))),
				policy(tieBreaks), clock.instant())).getId();
		var bodies = new ArrayList<PublicBody>();
		for (var entry : entries) {
			var body = assessment.participant(cycleId, entry.categoryCode(), entry.regionCode(), null);
			tx.executeWithoutResult(s -> ledger.record(cycleId, body.getId(), ScoreStage.SAQ, new BigDecimal(entry.score()),
					"uji", new Actor(null, "Sistem")));
			bodies.add(body);
		}
		return new FixedCycle(cycleId, year, List.copyOf(bodies), null);
	}

	/** Issues decree version 1 of the cycle with a fresh SK number, dated today. */
	public DecreeView issue(long cycleId) {
		var number = "SK-UJI/" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return decrees.issue(cycleId, number, LocalDate.now(clock), null, new Actor(null, "Komisioner Uji"));
	}

	/**
	 * A year between 2030 and 2100 for which no cycle's results are published (public pages look results up by
	 * year), preferring one no other fixture cycle took in this JVM.
	 */
	public int freshYear() {
		for (int attempt = 0; attempt < 1000; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2030, 2101);
			if ((attempt > 500 || TAKEN.add(year)) && !published(year)) {
				return year;
			}
		}
		throw new IllegalStateException("No year left without published results for a test cycle");
	}

	private boolean published(int year) {
		Integer count = jdbc.queryForObject(
				"select count(*) from information_schema.tables where table_name = 'result_publication'", Integer.class);
		if (count == null || count == 0) {
			return false;
		}
		Integer rows = jdbc.queryForObject("select count(*) from result_publication where year = ?", Integer.class, year);
		return rows != null && rows > 0;
	}

}
