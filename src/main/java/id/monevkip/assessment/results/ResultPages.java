package id.monevkip.assessment.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ledger.ScoreLedger;
import id.monevkip.cycle.Band;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the result pages show: the draft table, a decree version's table, two versions side by side and a body's
 * audit trail. Rows are read a page at a time; body names only for the rows shown.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ResultPages {

	public static final int PAGE_SIZE = 100;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final ResultStore store;

	private final DecreeStore decrees;

	private final ScoreLedger ledger;

	public ResultTable draft(long cycleId, ResultFilter filter) {
		var cycle = cycles.cycle(cycleId);
		var latest = decrees.latest(cycleId).orElse(null);
		return table(cycle, ResultStore.Rows.DRAFT, cycleId, null, latest, filter);
	}

	public ResultTable decree(long cycleId, int version, ResultFilter filter) {
		var cycle = cycles.cycle(cycleId);
		var decree = decrees.version(cycleId, version).orElseThrow(() -> new NotFoundException("Decree " + version));
		return table(cycle, ResultStore.Rows.DECREE, decree.id(), decree, decrees.latest(cycleId).orElse(null), filter);
	}

	public DecreeList decrees(long cycleId) {
		var cycle = cycles.cycle(cycleId);
		var versions = decrees.all(cycleId);
		long pending = versions.isEmpty() ? 0 : store.differences(cycleId, versions.get(0).id());
		return new DecreeList(cycleId, cycle.title(), versions, store.computedAt(cycleId).orElse(null), pending);
	}

	/** Two versions of the cycle; {@code from} and {@code to} default to the two newest. */
	public Comparison compare(long cycleId, @Nullable Integer from, @Nullable Integer to, boolean onlyDifferences,
			int page) {
		var cycle = cycles.cycle(cycleId);
		var versions = decrees.all(cycleId);
		if (versions.isEmpty()) {
			throw new NotFoundException("No decree in cycle " + cycleId);
		}
		var newer = to == null ? versions.get(0) : find(versions, to);
		var older = from == null ? versions.get(Math.min(1, versions.size() - 1)) : find(versions, from);
		long total = store.countPairs(older.id(), newer.id(), onlyDifferences);
		int number = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / PAGE_SIZE)));
		var categories = categoryOrder();
		var pairs = store.compare(older.id(), newer.id(), onlyDifferences, ids(categories), number * PAGE_SIZE, PAGE_SIZE);
		var bodies = bodies(pairs.stream().map(ResultStore.Pair::bodyId).toList());
		var names = names(categories);
		var policy = cycle.policy();
		var lines = pairs.stream().map(p -> {
			var body = bodies.get(p.bodyId());
			var category = p.to() != null ? p.to().categoryId() : p.from().categoryId();
			return new ComparedLine(p.bodyId(), body.code(), body.name(), names.getOrDefault(category, body.categoryName()),
					rounded(p.from(), policy), rounded(p.to(), policy));
		}).toList();
		long differences = onlyDifferences ? total : store.countPairs(older.id(), newer.id(), true);
		return new Comparison(cycleId, cycle.title(), versions, older, newer, onlyDifferences,
				new PageImpl<>(lines, PageRequest.of(number, PAGE_SIZE), total), differences);
	}

	/** 404 for a body that neither takes part in the cycle nor has a result in it. */
	public BodyTrail trail(long cycleId, long bodyId) {
		var cycle = cycles.cycle(cycleId);
		var policy = cycle.policy();
		var draft = store.draft(cycleId).get(bodyId);
		var versions = store.decreeRowsOf(cycleId, bodyId)
			.stream()
			.map(v -> new BodyTrail.Version(v.version(), v.number(), v.date(), rounded(v.row(), policy)))
			.toList();
		if (draft == null && versions.isEmpty() && !cycles.isParticipant(cycleId, bodyId)) {
			throw new NotFoundException("Body " + bodyId + " in cycle " + cycleId);
		}
		var body = directory.bodies(List.of(bodyId)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("Body " + bodyId));
		var names = names(directory.categories());
		var current = draft == null ? null : line(draft, body, names, policy);
		return new BodyTrail(cycleId, cycle.title(), body, current, ledger.history(cycleId, bodyId), versions);
	}

	private ResultTable table(CycleView cycle, ResultStore.Rows rows, long key, @Nullable DecreeView decree,
			@Nullable DecreeView latest, ResultFilter filter) {
		var policy = cycle.policy();
		var all = categoryOrder();
		var present = new HashSet<>(store.categories(rows, key));
		var categories = all.stream().filter(c -> present.contains(c.id())).toList();
		long total = store.count(rows, key, filter.categoryId(), filter.band());
		int number = Math.max(0, Math.min(filter.page(), (int) Math.max(0, (total - 1) / PAGE_SIZE)));
		var views = store.page(rows, key, ids(all), filter.categoryId(), filter.band(), number * PAGE_SIZE, PAGE_SIZE);
		var bodies = bodies(views.stream().map(ResultView::bodyId).toList());
		var names = names(all);
		var lines = views.stream().map(v -> line(v, bodies.get(v.bodyId()), names, policy)).toList();
		var stages = new ArrayList<ScoreStage>(List.of(ScoreStage.SAQ));
		policy.weightedStages().stream().filter(s -> s != ScoreStage.SAQ).forEach(stages::add);
		return new ResultTable(cycle.id(), cycle.title(), decree, latest, categories,
				policy.bands().stream().map(Band::code).toList(), filter.categoryId(), filter.band(),
				new PageImpl<>(lines, PageRequest.of(number, PAGE_SIZE), total),
				decree == null ? store.computedAt(cycle.id()).orElse(null) : decree.issuedAt(), stages,
				store.bands(rows, key), store.withoutSaq(rows, key));
	}

	private static ResultLine line(ResultView v, BodyView body, Map<Long, String> names, ScoringPolicy policy) {
		var r = rounded(v, policy);
		return new ResultLine(v.bodyId(), body.code(), body.name(), names.getOrDefault(v.categoryId(), body.categoryName()),
				r.verifiedSaq(), r.presentation(), r.visitation(), r.website(), r.finalScore(), r.band(), r.rank(),
				r.shortlisted());
	}

	/** Stage scores as the policy publishes them; the final score is stored rounded already. */
	private static @Nullable ResultView rounded(@Nullable ResultView v, ScoringPolicy policy) {
		if (v == null) {
			return null;
		}
		return new ResultView(v.bodyId(), v.categoryId(), round(v.verifiedSaq(), policy), round(v.presentation(), policy),
				round(v.visitation(), policy), round(v.website(), policy), v.rawScore(), policy.round(v.finalScore()),
				v.band(), v.rank(), v.shortlisted());
	}

	private static @Nullable BigDecimal round(@Nullable BigDecimal score, ScoringPolicy policy) {
		return score == null ? null : policy.round(score);
	}

	private static DecreeView find(List<DecreeView> versions, int version) {
		return versions.stream().filter(d -> d.version() == version).findFirst()
			.orElseThrow(() -> new NotFoundException("Decree version " + version));
	}

	private List<CategoryView> categoryOrder() {
		return directory.categories();
	}

	private Map<Long, BodyView> bodies(Collection<Long> ids) {
		return directory.bodies(ids).stream().collect(Collectors.toMap(BodyView::id, Function.identity()));
	}

	private static Map<Long, String> names(List<CategoryView> categories) {
		return categories.stream().collect(Collectors.toMap(CategoryView::id, CategoryView::name));
	}

	private static Long[] ids(List<CategoryView> categories) {
		return categories.stream().map(CategoryView::id).toArray(Long[]::new);
	}

}
