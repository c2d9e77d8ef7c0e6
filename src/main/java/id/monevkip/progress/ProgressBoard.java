package id.monevkip.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.directory.RegionLevel;
import id.monevkip.directory.RegionView;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Wita;
import id.monevkip.submission.AnswerSheetRow;
import id.monevkip.submission.ProgressRow;
import id.monevkip.submission.SubmissionManagement;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the progress board from a fixed number of queries whatever the number of bodies (participants, bodies,
 * categories, regions, progress, deadlines), then filters, sorts and pages in memory: totals, charts and the
 * overdue flag need every participant anyway, and the progress counts are kept by the database, so ten thousand
 * participants take a few reads of ten thousand short rows (docs/performance.md).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ProgressBoard {

	private final DirectoryManagement directory;

	private final CycleManagement cycles;

	private final SubmissionManagement submissions;

	private final Clock clock;

	Board board(CurrentUser user, Zone zone, ProgressFilter filter) {
		var notices = new ArrayList<Board.Notice>();
		var categories = directory.categories();
		var choices = choices(user, zone);
		var scope = scope(user, zone, filter.cycle(), choices, notices);
		if (scope.isEmpty()) {
			return new Board(null, null, choices, new PageImpl<>(List.of(), PageRequest.of(0, ProgressFilter.DEFAULT_SIZE), 0),
					new EnumMap<>(BoardStatus.class), 0, 0, notices, categories, List.of(), 0,
					new BoardSummary(List.of(), List.of(), List.of()));
		}
		var regencies = regencies();
		var rows = rows(scope.get(), categories, regencies);
		var totals = new EnumMap<BoardStatus, Long>(BoardStatus.class);
		for (var row : rows) {
			totals.merge(row.status(), 1L, Long::sum);
		}
		long overdue = rows.stream().filter(BoardRow::overdue).count();
		var shown = shown(rows, filter, categories, regencies, notices);
		int size = BoardRules.size(filter.size(), notices);
		int pages = Math.max(1, (shown.size() + size - 1) / size);
		int page = Math.min(BoardRules.page(filter.page(), notices), pages - 1);
		var content = shown.subList(Math.min(page * size, shown.size()), Math.min((page + 1) * size, shown.size()));
		var summary = BoardSummary.of(rows, categories.stream().map(CategoryView::code).toList());
		var regionsInScope = summary.byRegion().stream().map(g -> new RegionView(g.code(), g.label())).toList();
		return new Board(scope.get().cycle().title(), scope.get().cycle().id(), choices,
				new PageImpl<>(List.copyOf(content), PageRequest.of(page, size), shown.size()), totals, overdue,
				rows.size(), notices, categories, regionsInScope,
				scope.get().current() ? shown.stream().filter(r -> r.status().unsent()).count() : 0, summary);
	}

	/**
	 * Every row the board would show with these filters and this order, on one list without pages, for the
	 * downloads. Values that are not understood are ignored as on the board.
	 */
	BoardExport export(CurrentUser user, Zone zone, ProgressFilter filter) {
		var today = LocalDate.ofInstant(clock.instant(), Wita.ZONE);
		var notices = new ArrayList<Board.Notice>();
		var scope = scope(user, zone, filter.cycle(), choices(user, zone), notices);
		if (scope.isEmpty()) {
			return new BoardExport(null, today, List.of());
		}
		var categories = directory.categories();
		var regencies = regencies();
		var shown = shown(rows(scope.get(), categories, regencies), filter, categories, regencies, notices);
		return new BoardExport(scope.get().cycle().year(), today, List.copyOf(shown));
	}

	/**
	 * The bodies of the board with these filters (all pages) that have not sent their SAQ yet: whom to remind.
	 * Only in the cycle that runs now: a past cycle's laggards are not reminded.
	 */
	List<BoardRow> unsent(CurrentUser user, Zone zone, ProgressFilter filter) {
		var scope = scope(user, zone, filter.cycle(), choices(user, zone), new ArrayList<>());
		if (scope.isEmpty() || !scope.get().current()) {
			return List.of();
		}
		return export(user, zone, filter).rows().stream().filter(r -> r.status().unsent()).toList();
	}

	/** One body of the user's scope in the running cycle as the board shows it; 404 outside it, whether it exists or not. */
	BoardRow row(CurrentUser user, Zone zone, long bodyId) {
		return row(user, zone, bodyId, null);
	}

	/** Every participant of a cycle as the board shows it, for the automatic reminders. */
	List<BoardRow> rows(CycleView cycle) {
		return rows(new Scope(cycle, cycles.participants(cycle.id()), true), directory.categories(), regencies());
	}

	/**
	 * One body of the user's scope with its answers, in the running cycle or the one asked for; 404 for a body
	 * outside the scope, whether it exists or not.
	 */
	BodySheet body(CurrentUser user, Zone zone, long bodyId, @Nullable String cycle, String yes, String no,
			String none) {
		var scope = bodyScope(user, zone, bodyId, cycle);
		var row = only(rows(scope, directory.categories(), regencies()), bodyId);
		var indicators = new LinkedHashMap<String, BodySheet.Indicator>();
		submissions.submissionOf(scope.cycle().id(), bodyId).ifPresent(submission -> {
			for (var answer : submissions.answerSheet(submission.id(), yes, no, none)) {
				indicators.computeIfAbsent(answer.indicatorCode(),
						code -> new BodySheet.Indicator(code, answer.indicatorName(), new ArrayList<AnswerSheetRow>()))
					.questions()
					.add(answer);
			}
		});
		return new BodySheet(row, scope.cycle().title(), scope.current() ? null : scope.cycle().id(),
				List.copyOf(indicators.values()));
	}

	private BoardRow row(CurrentUser user, Zone zone, long bodyId, @Nullable String cycle) {
		return only(rows(bodyScope(user, zone, bodyId, cycle), directory.categories(), regencies()), bodyId);
	}

	private static BoardRow only(List<BoardRow> rows, long bodyId) {
		return rows.stream().findFirst().orElseThrow(() -> new NotFoundException("Body " + bodyId));
	}

	private Scope bodyScope(CurrentUser user, Zone zone, long bodyId, @Nullable String cycle) {
		var scope = scope(user, zone, cycle, choices(user, zone), new ArrayList<>())
			.orElseThrow(() -> new NotFoundException("Body " + bodyId));
		var participant = scope.participants().stream().filter(p -> p.bodyId() == bodyId).findFirst()
			.orElseThrow(() -> new NotFoundException("Body " + bodyId));
		return new Scope(scope.cycle(), List.of(participant), scope.current());
	}

	/** The cycles the user may look at: a coordinator those its own body takes part in, the commission every one. */
	private List<Board.CycleChoice> choices(CurrentUser user, Zone zone) {
		List<CycleView> visible;
		if (zone != Zone.COORDINATOR) {
			visible = cycles.all();
		}
		else {
			visible = user.bodyId() == null ? List.of() : cycles.cyclesOf(user.bodyId());
		}
		return visible.stream().map(c -> new Board.CycleChoice(c.id(), c.title())).toList();
	}

	/**
	 * The cycle and its participants the user may see on this board: a coordinator those of its subtree, the
	 * commission every participant; in the cycle asked for if the user may choose it, else the running one (for a
	 * coordinator the one its own body works in). A cycle that cannot be chosen is reported, not refused.
	 */
	private Optional<Scope> scope(CurrentUser user, Zone zone, @Nullable String cycleParameter,
			List<Board.CycleChoice> choices, List<Board.Notice> notices) {
		var own = user.bodyId();
		if (zone == Zone.COORDINATOR && own == null) {
			return Optional.empty();
		}
		var running = zone == Zone.COORDINATOR ? cycles.currentFor(own) : cycles.current();
		var chosen = chosen(cycleParameter, choices, notices).map(cycles::cycle).or(() -> running);
		if (chosen.isEmpty()) {
			return Optional.empty();
		}
		var cycle = chosen.get();
		boolean current = running.map(r -> r.id() == cycle.id()).orElse(false);
		var participants = cycles.participants(cycle.id());
		if (zone != Zone.COORDINATOR) {
			return Optional.of(new Scope(cycle, participants, current));
		}
		var subtree = new HashSet<>(directory.subtreeIds(own));
		var mine = participants.stream().filter(p -> subtree.contains(p.bodyId())).toList();
		return Optional.of(new Scope(cycle, mine, current));
	}

	/** The cycle id asked for if the user may choose it; a value that cannot be chosen becomes a notice. */
	private static Optional<Long> chosen(@Nullable String cycleParameter, List<Board.CycleChoice> choices,
			List<Board.Notice> notices) {
		if (cycleParameter == null) {
			return Optional.empty();
		}
		var asked = ProgressFilter.cycleId(cycleParameter);
		if (asked != null && choices.stream().anyMatch(c -> c.id() == asked)) {
			return Optional.of(asked);
		}
		notices.add(new Board.Notice("progress.notice.cycle", cycleParameter));
		return Optional.empty();
	}

	private Map<String, String> regencies() {
		return directory.regencies().stream()
			.collect(Collectors.toMap(RegionView::code, RegionView::name, (a, b) -> a, TreeMap::new));
	}

	private List<BoardRow> rows(Scope scope, List<CategoryView> categories, Map<String, String> regencies) {
		var cycleId = scope.cycle().id();
		var ids = scope.participants().stream().map(ParticipantView::bodyId).toList();
		var bodies = directory.bodies(ids).stream().collect(Collectors.toMap(BodyView::id, Function.identity()));
		var categoryById = categories.stream().collect(Collectors.toMap(CategoryView::id, Function.identity()));
		var progress = submissions.progress(cycleId, ids).stream()
			.collect(Collectors.toMap(ProgressRow::bodyId, Function.identity()));
		var deadlines = cycles.closesAtFor(cycleId, Stage.SAQ, scope.participants());
		var now = clock.instant();
		var rows = new ArrayList<BoardRow>(ids.size());
		for (var participant : scope.participants()) {
			var body = bodies.get(participant.bodyId());
			if (body == null) {
				continue;
			}
			var category = categoryById.get(participant.categoryId());
			var p = progress.get(body.id());
			var status = BoardStatus.of(p);
			var deadline = status == BoardStatus.REVISION && p != null && p.revisionDeadline() != null
					? p.revisionDeadline() : deadlines.get(body.id());
			var regency = body.regionCode() == null ? null : RegionLevel.regencyCodeOf(body.regionCode());
			rows.add(new BoardRow(body.id(), body.code(), body.name(),
					category == null ? "" : category.code(), category == null ? body.categoryName() : category.name(),
					body.regionName(), regency, regency == null ? null : regencies.get(regency), status,
					p == null ? 0 : p.percentAnswered(), p == null ? 0 : p.answered(), p == null ? 0 : p.questions(),
					p == null ? 0 : p.withEvidence(), p == null ? 0 : p.needsEvidence(), p == null ? 0 : p.evidenceMet(),
					p == null ? null : wita(p.lastActivityAt()),
					p == null ? null : p.lastActivityBy(), p == null ? null : wita(p.submittedAt()), wita(deadline),
					deadline != null && deadline.isBefore(now)
							&& (status.unsent() || status == BoardStatus.REVISION)));
		}
		return rows;
	}

	private static List<BoardRow> shown(List<BoardRow> rows, ProgressFilter filter, List<CategoryView> categories,
			Map<String, String> regencies, List<Board.Notice> notices) {
		return BoardRules.shown(rows, filter, categories.stream().map(CategoryView::code).collect(Collectors.toSet()),
				regencies.keySet(), notices);
	}

	private static @Nullable LocalDateTime wita(@Nullable Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, Wita.ZONE);
	}

	/**
	 * @param current whether this is the cycle that runs now for the user (reminders only go out in that one)
	 */
	private record Scope(CycleView cycle, List<ParticipantView> participants, boolean current) {
	}

}
