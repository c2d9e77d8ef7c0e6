package id.monevkip.cycle.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import id.monevkip.cycle.Band;
import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.RuntimeMode;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo cycles of KI Kaltim: last year's, finished (award night in December), and this year's, placed
 * around the clock so that SAQ filling is open whenever the demo starts. Both with KI Kaltim 2025's policy
 * (SAQ 80 + visitasi 20, top 5 per category go on) and every active body as participant. Loaded only into
 * a demo installation without any cycle, after the directory demo.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@RequiredArgsConstructor
class CycleDemoData implements ApplicationRunner {

	static final String ORGANISER = "KIP-KALTIM";

	private final RuntimeMode mode;

	private final CycleRepository cycles;

	private final ParticipantRepository participants;

	private final DirectoryManagement directory;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo() || cycles.count() > 0) {
			return;
		}
		directory.bodyByCode(ORGANISER).ifPresent(organiser -> transaction.executeWithoutResult(status -> {
			var now = clock.instant();
			int year = now.atZone(Wita.ZONE).getYear();
			var finished = cycles.save(new Cycle(year - 1, "Monev KIP " + (year - 1), organiser.id(),
					finishedTimetable(year - 1), policy(), now));
			var running = cycles.save(new Cycle(year, "Monev KIP " + year, organiser.id(), runningTimetable(now),
					policy(), now));
			addEveryActiveBody(finished.getId(), now);
			addEveryActiveBody(running.getId(), now);
			log.info("Demo cycles loaded: {} (finished) and {} (SAQ open now)", year - 1, year);
		}));
	}

	static ScoringPolicy policy() {
		return new ScoringPolicy(Map.of(ScoreStage.SAQ, BigDecimal.valueOf(80), ScoreStage.VISITATION,
				BigDecimal.valueOf(20)), new ShortlistRule(null, 5, ShortlistRule.Combination.ANY),
				NonShortlistedScore.VERIFIED_SAQ, Band.DEFAULTS, 2, RoundingMode.HALF_UP, List.of());
	}

	/** A whole year in the past, from registration in March to the award night in December. */
	static List<StageWindow> finishedTimetable(int year) {
		return List.of(window(Stage.REGISTRATION, year, "03-01T08:00", "03-31T16:00"),
				window(Stage.SAQ, year, "04-01T08:00", "05-15T23:59"),
				window(Stage.VERIFICATION, year, "05-16T08:00", "06-30T16:00"),
				window(Stage.REVISION, year, "07-01T08:00", "07-10T16:00"),
				window(Stage.OBJECTION, year, "07-15T08:00", "07-21T16:00"),
				window(Stage.PRESENTATION, year, "08-04T08:00", "08-29T16:00"),
				window(Stage.VISITATION, year, "09-01T08:00", "09-30T16:00"),
				window(Stage.DETERMINATION, year, "10-15T08:00", "11-14T16:00"),
				window(Stage.AWARD, year, "12-05T19:00", "12-05T23:00"));
	}

	/** Windows around the clock: registration and SAQ filling open now, everything else after them in order. */
	static List<StageWindow> runningTimetable(Instant now) {
		return List.of(new StageWindow(Stage.REGISTRATION, days(now, -30), days(now, 30)),
				new StageWindow(Stage.SAQ, days(now, -14), days(now, 21)),
				new StageWindow(Stage.VERIFICATION, days(now, 7), days(now, 45)),
				new StageWindow(Stage.REVISION, days(now, 46), days(now, 55)),
				new StageWindow(Stage.OBJECTION, days(now, 56), days(now, 62)),
				new StageWindow(Stage.PRESENTATION, days(now, 63), days(now, 70)),
				new StageWindow(Stage.VISITATION, days(now, 71), days(now, 85)),
				new StageWindow(Stage.DETERMINATION, days(now, 86), days(now, 92)),
				new StageWindow(Stage.AWARD, days(now, 93).plus(Duration.ofHours(11)),
						days(now, 93).plus(Duration.ofHours(15))));
	}

	private void addEveryActiveBody(long cycleId, Instant now) {
		for (CategoryView category : directory.categories()) {
			participants.saveAll(directory.activeBodiesInCategory(category.id())
				.stream()
				.map(body -> new Participant(cycleId, body.id(), category.id(), now))
				.toList());
		}
	}

	private static StageWindow window(Stage stage, int year, String opens, String closes) {
		return new StageWindow(stage, LocalDateTime.parse(year + "-" + opens).atZone(Wita.ZONE).toInstant(),
				LocalDateTime.parse(year + "-" + closes).atZone(Wita.ZONE).toInstant());
	}

	/** 08:00 WITA on the day so many days from today, so that the calendar shows office hours, not odd minutes. */
	private static Instant days(Instant now, int days) {
		return now.atZone(Wita.ZONE).toLocalDate().plusDays(days).atTime(8, 0).atZone(Wita.ZONE).toInstant();
	}

}
