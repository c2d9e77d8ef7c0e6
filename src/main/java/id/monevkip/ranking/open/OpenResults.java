package id.monevkip.ranking.open;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.Band;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.open.PublishedResults.BandCount;
import id.monevkip.ranking.open.PublishedResults.CategoryGroup;
import id.monevkip.ranking.publication.PublicationView;
import id.monevkip.ranking.publication.Publications;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;

/**
 * The published results of a year, read once per decree version and then kept in memory: a decree version's rows
 * never change, so the only staleness is a body renamed in the directory, which shows after {@link #FRESH} at most.
 * A correction is a new decree version, hence a new entry, so the public pages show it at once.
 */
@Slf4j
@Service
@RequiredArgsConstructor
class OpenResults {

	static final Duration FRESH = Duration.ofMinutes(10);

	/** Published years are few; past this many cached versions the cache simply starts again. */
	private static final int MAX_CACHED = 20;

	private final Publications publications;

	private final ResultsManagement results;

	private final DirectoryManagement directory;

	private final CycleManagement cycles;

	private final Clock clock;

	private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(PublishedResults results, Instant until) {
	}

	/** Years with published results, newest first. */
	List<Integer> years() {
		return publications.publishedYears();
	}

	/** The year's published results; empty when the year is not published (then nothing of it may be shown). */
	Optional<PublishedResults> year(int year) {
		return publications.publishedYear(year)
			.flatMap(publication -> results.currentDecree(publication.cycleId())
				.map(decree -> cached(publication, decree)));
	}

	private PublishedResults cached(PublicationView publication, DecreeView decree) {
		var now = clock.instant();
		var hit = cache.get(decree.id());
		if (hit != null && hit.until().isAfter(now)) {
			return hit.results();
		}
		long started = System.nanoTime();
		var built = build(publication, decree);
		log.info("Public results {} (decree {} version {}) read: {} rows in {} ms", publication.year(), decree.number(),
				decree.version(), built.rows().size(), (System.nanoTime() - started) / 1_000_000);
		if (cache.size() >= MAX_CACHED) {
			cache.clear();
		}
		cache.put(decree.id(), new Cached(built, now.plus(FRESH)));
		return built;
	}

	/** One query for the decree's rows, one for their bodies, one for the category names. */
	private PublishedResults build(PublicationView publication, DecreeView decree) {
		List<ResultView> decreeRows = results.results(decree);
		Map<Long, BodyView> bodies = directory.bodies(decreeRows.stream().map(ResultView::bodyId).toList())
			.stream()
			.collect(Collectors.toMap(BodyView::id, Function.identity()));
		Map<Long, String> categoryNames = directory.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::id, CategoryView::name));
		var policy = cycles.cycle(decree.cycleId()).policy();
		var rows = new ArrayList<PublicRow>(decreeRows.size());
		var groups = new LinkedHashMap<Long, Integer>();
		for (var r : decreeRows) {
			var body = bodies.get(r.bodyId());
			if (body == null) {
				continue;
			}
			// the category the decree ranked the body in, even if the directory moved it since
			String category = categoryNames.getOrDefault(r.categoryId(), body.categoryName());
			// stored with four decimals; published with the policy's (already rounded to them, so nothing changes)
			var score = r.finalScore().setScale(policy.scale(), policy.roundingMode());
			rows.add(new PublicRow(r.bodyId(), body.code(), body.name(), r.categoryId(), category, score, r.band(),
					r.rank()));
			groups.merge(r.categoryId(), 1, Integer::sum);
		}
		var categories = groups.entrySet()
			.stream()
			.map(g -> new CategoryGroup(g.getKey(), categoryNames.getOrDefault(g.getKey(), ""), g.getValue()))
			.toList();
		return new PublishedResults(publication, decree, List.copyOf(rows), categories, bandCounts(policy.bands(), rows));
	}

	/** Every band of the cycle's policy, best first, also those nobody reached (a chart shows the empty ones too). */
	private static List<BandCount> bandCounts(List<Band> bands, List<PublicRow> rows) {
		var counts = new LinkedHashMap<String, Long>();
		for (Band band : bands) {
			counts.put(band.code(), 0L);
		}
		for (var row : rows) {
			counts.merge(row.band(), 1L, Long::sum);
		}
		return counts.entrySet().stream().map(e -> new BandCount(e.getKey(), e.getValue())).toList();
	}

}
