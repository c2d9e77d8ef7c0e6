package id.monevkip.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every row of the board for the current filters, for a download.
 *
 * @param cycleYear {@code null} when there is no cycle to show
 * @param date today in WITA, for the file name
 */
record BoardExport(@Nullable Integer cycleYear, LocalDate date, List<BoardRow> rows) {

	/** For example {@code progres-2026-20260715.xlsx}. */
	String fileName(String extension) {
		var year = cycleYear == null ? "" : cycleYear + "-";
		return "progres-" + year + date.format(DateTimeFormatter.BASIC_ISO_DATE) + "." + extension;
	}

}
