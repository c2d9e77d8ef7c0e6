package id.monevkip.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.Stage;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
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
 * categories, progress, deadlines), then filters, sorts and pages in memory: a cycle has at most a few thousand
 * participants, and totals and the overdue flag need all of them anyway.
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
		var scope = scope(user, zone);
		if (scope.isEmpty()) {
			return new Board(null, new PageImpl<>(List.of(), PageRequest.of(0, ProgressFilter.DEFAULT_SIZE), 0),
					new EnumMap<>(BoardStatus.class), 0, 0, notices, categories, 0);
		}
		var rows = rows(scope.get(), categories);
		var totals = new EnumMap<BoardStatus, Long>(BoardStatus.class);
		for (var status : BoardStatus.values()) {
			totals.put(status, rows.stream().filter(r -> r.status() == status).count());
		}
		long overdue = rows.stream().filter(BoardRow::overdue).count();
		var shown = shown(rows, filter, categories, notices);
		int size = size(filter.size(), notices);
		int pages = Math.max(1, (shown.size() + size - 1) / size);
		int page = Math.min(number(filter.page(), notices), pages - 1);
		var content = shown.subList(Math.min(page * size, shown.size()), Math.min((page + 1) * size, shown.size()));
		return new Board(scope.get().cycle().title(), new PageImpl<>(List.copyOf(content), PageRequest.of(page, size),
				shown.size()), totals, overdue, rows.size(), notices, categories,
				shown.stream().filter(r -> r.status().unsent()).count());
	}

	/**
	 * Every row the board would show with these filters and this order, on one list without pages, for the
	 * downloads. Values that are not understood are ignored as on the board.
	 */
	BoardExport export(CurrentUser user, Zone zone, ProgressFilter filter) {
		var today = LocalDate.ofInstant(clock.instant(), Wita.ZONE);
		var scope = scope(user, zone);
		if (scope.isEmpty()) {
			return new BoardExport(null, today, List.of());
		}
		var categories = directory.categories();
		var shown = shown(rows(scope.get(), categories), filter, categories, new ArrayList<>());
		return new BoardExport(scope.get().cycle().year(), today, List.copyOf(shown));
	}

	/** The bodies of the board with these filters (all pages) that have not sent their SAQ yet: whom to remind. */
	List<BoardRow> unsent(CurrentUser user, Zone zone, ProgressFilter filter) {
		return export(user, zone, filter).rows().stream().filter(r -> r.status().unsent()).toList();
	}

	/** One body of the user's scope as the board shows it; 404 for a body outside it, whether it exists or not. */
	BoardRow row(CurrentUser user, Zone zone, long bodyId) {
		var scope = scope(user, zone).orElseThrow(() -> new NotFoundException("Body " + bodyId));
		var participant = scope.participants().stream().filter(p -> p.bodyId() == bodyId).findFirst()
			.orElseThrow(() -> new NotFoundException("Body " + bodyId));
		return rows(new Scope(scope.cycle(), List.of(participant)), directory.categories()).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("Body " + bodyId));
	}

	/** Every participant of a cycle as the board shows it, for the automatic reminders. */
	List<BoardRow> rows(CycleView cycle) {
		return rows(new Scope(cycle, cycles.participants(cycle.id())), directory.categories());
	}

	/** One body of the user's scope with its answers; 404 for a body outside it, whether it exists or not. */
	BodySheet body(CurrentUser user, Zone zone, long bodyId, String yes, String no, String none) {
		var scope = scope(user, zone).orElseThrow(() -> new NotFoundException("Body " + bodyId));
		var row = row(user, zone, bodyId);
		var indicators = new LinkedHashMap<String, BodySheet.Indicator>();
		submissions.submissionOf(scope.cycle().id(), bodyId).ifPresent(submission -> {
			for (var answer : submissions.answerSheet(submission.id(), yes, no, none)) {
				indicators.computeIfAbsent(answer.indicatorCode(),
						code -> new BodySheet.Indicator(code, answer.indicatorName(), new ArrayList<AnswerSheetRow>()))
					.questions()
					.add(answer);
			}
		});
		return new BodySheet(row, scope.cycle().title(), List.copyOf(indicators.values()));
	}

	/**
	 * The cycle and its participants the user may see on this board: a coordinator those of its subtree in the
	 * cycle its own body works in, the commission every participant of the current cycle.
	 */
	private Optional<Scope> scope(CurrentUser user, Zone zone) {
		if (zone != Zone.COORDINATOR) {
			return cycles.current().map(cycle -> new Scope(cycle, cycles.participants(cycle.id())));
		}
		var own = user.bodyId();
		if (own == null) {
			return Optional.empty();
		}
		var cycle = cycles.currentFor(own);
		if (cycle.isEmpty()) {
			return Optional.empty();
		}
		var subtree = new HashSet<>(directory.subtreeIds(own));
		var mine = cycles.participants(cycle.get().id()).stream().filter(p -> subtree.contains(p.bodyId())).toList();
		return Optional.of(new Scope(cycle.get(), mine));
	}

	private List<BoardRow> rows(Scope scope, List<CategoryView> categories) {
		var cycleId = scope.cycle().id();
		var ids = scope.participants().stream().map(ParticipantView::bodyId).toList();
		var bodies = directory.bodies(ids).stream().collect(Collectors.toMap(BodyView::id, Function.identity()));
		var categoryById = categories.stream().collect(Collectors.toMap(CategoryView::id, Function.identity()));
		var progress = submissions.progress(cycleId, ids).stream()
			.collect(Collectors.toMap(ProgressRow::bodyId, Function.identity()));
		var deadlines = cycles.closesAtFor(cycleId, Stage.SAQ, scope.participants());
		var now = clock.instant();
		var rows = new ArrayList<BoardRow>();
		for (var participant : scope.participants()) {
			var body = bodies.get(participant.bodyId());
			if (body == null) {
				continue;
			}
			var category = categoryById.get(participant.categoryId());
			var p = progress.get(body.id());
			var status = BoardStatus.of(p);
			var deadline = deadlines.get(body.id());
			rows.add(new BoardRow(body.id(), body.code(), body.name(),
					category == null ? "" : category.code(), category == null ? body.categoryName() : category.name(),
					body.regionName(), status, p == null ? 0 : p.percentAnswered(), p == null ? 0 : p.answered(),
					p == null ? 0 : p.questions(), p == null ? 0 : p.withEvidence(),
					p == null ? null : wita(p.lastActivityAt()), p == null ? null : p.lastActivityBy(), wita(deadline),
					deadline != null && deadline.isBefore(now) && status.unsent()));
		}
		return rows;
	}

	private static List<BoardRow> shown(List<BoardRow> rows, ProgressFilter filter, List<CategoryView> categories,
			List<Board.Notice> notices) {
		var shown = filter(rows, filter, categories, notices);
		shown.sort(order(filter.sort(), notices));
		return shown;
	}

	private static List<BoardRow> filter(List<BoardRow> rows, ProgressFilter filter, List<CategoryView> categories,
			List<Board.Notice> notices) {
		var stream = rows.stream();
		if (filter.q() != null) {
			var q = filter.q().toLowerCase(Locale.ROOT);
			stream = stream.filter(r -> r.name().toLowerCase(Locale.ROOT).contains(q)
					|| r.code().toLowerCase(Locale.ROOT).contains(q));
		}
		if (filter.category() != null) {
			if (categories.stream().anyMatch(c -> c.code().equals(filter.category()))) {
				stream = stream.filter(r -> r.categoryCode().equals(filter.category()));
			}
			else {
				notices.add(new Board.Notice("progress.notice.category", filter.category()));
			}
		}
		if (filter.status() != null) {
			var status = filter.statusValue();
			if (status != null) {
				stream = stream.filter(r -> r.status() == status);
			}
			else {
				notices.add(new Board.Notice("progress.notice.status", filter.status()));
			}
		}
		if (filter.overdueOnly()) {
			stream = stream.filter(BoardRow::overdue);
		}
		else if (filter.overdueUnknown()) {
			notices.add(new Board.Notice("progress.notice.overdue", filter.overdue()));
		}
		return stream.collect(Collectors.toCollection(ArrayList::new));
	}

	private static Comparator<BoardRow> order(@Nullable String sort, List<Board.Notice> notices) {
		Comparator<BoardRow> byName = Comparator.comparing(BoardRow::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(BoardRow::code);
		if (sort == null || sort.equals("name")) {
			return byName;
		}
		if (sort.equals("answered")) {
			return Comparator.comparingInt(BoardRow::percentAnswered).reversed().thenComparing(byName);
		}
		if (sort.equals("activity")) {
			return Comparator.comparing(BoardRow::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(byName);
		}
		notices.add(new Board.Notice("progress.notice.sort", sort));
		return byName;
	}

	/** Page sizes beyond the maximum are cut to it; anything not a positive number gives the default. */
	private static int size(@Nullable String size, List<Board.Notice> notices) {
		if (size == null) {
			return ProgressFilter.DEFAULT_SIZE;
		}
		try {
			var value = Long.parseLong(size.strip());
			if (value > ProgressFilter.MAX_SIZE) {
				notices.add(new Board.Notice("progress.notice.sizeCapped", String.valueOf(ProgressFilter.MAX_SIZE)));
				return ProgressFilter.MAX_SIZE;
			}
			if (value > 0) {
				return (int) value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other size that is not a positive number
		}
		notices.add(new Board.Notice("progress.notice.size", size));
		return ProgressFilter.DEFAULT_SIZE;
	}

	private static int number(@Nullable String page, List<Board.Notice> notices) {
		if (page == null) {
			return 0;
		}
		try {
			var value = Long.parseLong(page.strip());
			if (value >= 0) {
				return (int) Math.min(value, Integer.MAX_VALUE / ProgressFilter.MAX_SIZE);
			}
		}
		catch (NumberFormatException ex) {
			// reported below like a negative page
		}
		notices.add(new Board.Notice("progress.notice.page", page));
		return 0;
	}

	private static @Nullable LocalDateTime wita(@Nullable Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, Wita.ZONE);
	}

	private record Scope(CycleView cycle, List<ParticipantView> participants) {
	}

}
