package id.monevkip.cycle.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.Stage;
import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * A cycle's timetable as a month-by-month agenda in WITA: every month from the first opening to the last
 * closing lists the windows that touch it, and the month holding today carries the marker.
 */
record CycleCalendar(List<Month> months, ZonedDateTime today, @Nullable Stage currentStage) {

	/** One month of the agenda. */
	record Month(YearMonth month, ZonedDateTime firstDay, List<Entry> entries, boolean holdsToday) {
	}

	/** A window touching the month; {@code current} marks the stage the cycle is in now. */
	record Entry(Stage stage, ZonedDateTime opensAt, ZonedDateTime closesAt, boolean open, boolean current,
			boolean past) {
	}

	static CycleCalendar of(CycleView cycle, Instant now, @Nullable Stage currentStage) {
		var today = now.atZone(Wita.ZONE);
		var windows = cycle.windows().stream().sorted(Comparator.comparing(CycleView.Window::opensAt)).toList();
		if (windows.isEmpty()) {
			return new CycleCalendar(List.of(), today, currentStage);
		}
		var first = YearMonth.from(windows.get(0).opensAt().atZone(Wita.ZONE));
		var last = windows.stream()
			.map(w -> YearMonth.from(w.closesAt().atZone(Wita.ZONE)))
			.max(Comparator.naturalOrder())
			.orElse(first);
		List<Month> months = new ArrayList<>();
		for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			var start = month.atDay(1).atStartOfDay(Wita.ZONE);
			var end = month.plusMonths(1).atDay(1).atStartOfDay(Wita.ZONE);
			var entries = windows.stream()
				.filter(w -> w.opensAt().isBefore(end.toInstant()) && w.closesAt().isAfter(start.toInstant()))
				.map(w -> new Entry(w.stage(), w.opensAt().atZone(Wita.ZONE), w.closesAt().atZone(Wita.ZONE),
						!now.isBefore(w.opensAt()) && now.isBefore(w.closesAt()), w.stage() == currentStage,
						!now.isBefore(w.closesAt())))
				.toList();
			if (!entries.isEmpty()) {
				months.add(new Month(month, start, entries, YearMonth.from(today).equals(month)));
			}
		}
		return new CycleCalendar(months, today, currentStage);
	}

}
