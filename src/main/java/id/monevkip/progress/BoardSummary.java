package id.monevkip.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Totals of the board's whole scope (whatever the filters), for the summary tables and the charts.
 *
 * @param byCategory bodies per status in each category, in the categories' order
 * @param byRegion bodies per status in each kabupaten/kota, by region code
 * @param sentPerDay SAQs sent per day (WITA) from the first to the last day anything was sent
 */
record BoardSummary(List<Group> byCategory, List<Group> byRegion, List<Day> sentPerDay) {

	static BoardSummary of(List<BoardRow> rows, List<String> categoryOrder) {
		var byCategory = groups(rows, BoardRow::categoryCode, BoardRow::categoryName);
		byCategory.sort(Comparator.comparingInt(g -> {
			int index = categoryOrder.indexOf(g.code());
			return index < 0 ? Integer.MAX_VALUE : index;
		}));
		var byRegion = groups(rows.stream().filter(r -> r.regencyCode() != null).toList(), BoardRow::regencyCode,
				r -> r.regencyName() == null ? r.regencyCode() : r.regencyName());
		byRegion.sort(Comparator.comparing(Group::code));
		return new BoardSummary(byCategory, byRegion, perDay(rows));
	}

	private static List<Group> groups(List<BoardRow> rows, Function<BoardRow, String> code,
			Function<BoardRow, String> label) {
		var groups = new LinkedHashMap<String, Group>();
		for (var row : rows) {
			groups.computeIfAbsent(code.apply(row), c -> new Group(c, label.apply(row), new EnumMap<>(BoardStatus.class)))
				.counts()
				.merge(row.status(), 1L, Long::sum);
		}
		return new ArrayList<>(groups.values());
	}

	/** Every day between the first and the last sending, with zero for quiet days, so that a chart shows the gaps. */
	private static List<Day> perDay(List<BoardRow> rows) {
		var counts = new TreeMap<LocalDate, Long>();
		for (var row : rows) {
			if (row.sentAt() != null) {
				counts.merge(row.sentAt().toLocalDate(), 1L, Long::sum);
			}
		}
		var days = new ArrayList<Day>();
		if (counts.isEmpty()) {
			return days;
		}
		for (var day = counts.firstKey(); !day.isAfter(counts.lastKey()); day = day.plusDays(1)) {
			days.add(new Day(day, counts.getOrDefault(day, 0L)));
		}
		return days;
	}

	/** Bodies per status in one category or region. */
	record Group(String code, String label, Map<BoardStatus, Long> counts) {

		public long count(BoardStatus status) {
			return counts.getOrDefault(status, 0L);
		}

		public long total() {
			return counts.values().stream().mapToLong(Long::longValue).sum();
		}

		/** Share of the group that has sent its SAQ at least once (sent, in revision or verified), in whole percent. */
		public int percentSent() {
			long total = total();
			return total == 0 ? 0 : (int) ((total - count(BoardStatus.NOT_STARTED) - count(BoardStatus.FILLING)) * 100 / total);
		}

	}

	record Day(LocalDate date, long sent) {
	}

}
