package id.monevkip.assessment.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.Band;
import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.submission.SubmissionFixtures;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Cycles with a scoring policy of the test's choosing, and stage scores put into the ledger as verification would. */
@Component
class ResultsFixtures {

	private final CycleRepository cycles;

	private final SubmissionFixtures submissions;

	private final ScoreLedger ledger;

	private final TransactionTemplate tx;

	private final Clock clock;

	ResultsFixtures(CycleRepository cycles, SubmissionFixtures submissions, ScoreLedger ledger, TransactionTemplate tx,
			Clock clock) {
		this.cycles = cycles;
		this.submissions = submissions;
		this.ledger = ledger;
		this.tx = tx;
		this.clock = clock;
	}

	/** SAQ 70 % + presentation 30 %; everybody with a verified SAQ goes on; KI's bands, 2 decimals HALF_UP. */
	static ScoringPolicy everybody() {
		return policy(ShortlistRule.everybody());
	}

	static ScoringPolicy policy(ShortlistRule shortlist) {
		return new ScoringPolicy(Map.of(ScoreStage.SAQ, BigDecimal.valueOf(70), ScoreStage.PRESENTATION,
				BigDecimal.valueOf(30)), shortlist, NonShortlistedScore.VERIFIED_SAQ, Band.DEFAULTS, 2, RoundingMode.HALF_UP,
				List.of());
	}

	long cycle(ScoringPolicy policy) {
		return cycles.save(new Cycle(2004, "Monev hasil uji", submissions.outsider().getId(),
				List.of(new StageWindow(Stage.SAQ, Instant.parse("2004-03-01T00:00:00Z"), Instant.parse("2004-04-01T00:00:00Z"))),
				policy, clock.instant())).getId();
	}

	void score(long cycleId, PublicBody body, ScoreStage stage, String score) {
		tx.executeWithoutResult(s -> ledger.record(cycleId, body.getId(), stage, new BigDecimal(score), "uji",
				new Actor(null, "Sistem")));
	}

}
