package id.monevkip.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * How the board reads its filters: which rows a filter keeps, in which order, and how many per page. Values that
 * are not understood are ignored and reported as notices, so that a mistyped address still shows a board.
 */
final class BoardRules {

	private BoardRules() {
	}

	/**
	 * The rows these filters keep, in the filter's order.
	 *
	 * @param categoryCodes the categories that exist
	 * @param regencyCodes the kabupaten/kota and provinces that exist
	 */
	static List<BoardRow> shown(List<BoardRow> rows, ProgressFilter filter, Set<String> categoryCodes,
			Set<String> regencyCodes, List<Board.Notice> notices) {
		var stream = rows.stream();
		if (filter.q() != null) {
			var q = filter.q().toLowerCase(Locale.ROOT);
			stream = stream.filter(r -> r.name().toLowerCase(Locale.ROOT).contains(q)
					|| r.code().toLowerCase(Locale.ROOT).contains(q));
		}
		if (filter.category() != null) {
			if (categoryCodes.contains(filter.category())) {
				stream = stream.filter(r -> r.categoryCode().equals(filter.category()));
			}
			else {
				notices.add(new Board.Notice("progress.notice.category", filter.category()));
			}
		}
		if (filter.region() != null) {
			if (regencyCodes.contains(filter.region())) {
				stream = stream.filter(r -> filter.region().equals(r.regencyCode()));
			}
			else {
				notices.add(new Board.Notice("progress.notice.region", filter.region()));
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
		var shown = stream.collect(Collectors.toCollection(ArrayList::new));
		shown.sort(order(filter.sort(), notices));
		return shown;
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
	static int size(@Nullable String size, List<Board.Notice> notices) {
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

	static int page(@Nullable String page, List<Board.Notice> notices) {
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

}
