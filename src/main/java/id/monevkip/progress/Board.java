package id.monevkip.progress;

import java.util.List;
import java.util.Map;

import id.monevkip.directory.CategoryView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * A page of the board.
 *
 * @param cycleTitle {@code null} when there is no cycle to show
 * @param totals bodies per status over the whole scope, whatever the filters
 * @param notices message keys of filter values that were not understood and ignored, with the value
 * @param unsent bodies with these filters (all pages) that have not sent their SAQ: whom a reminder would reach
 */
record Board(@Nullable String cycleTitle, Page<BoardRow> page, Map<BoardStatus, Long> totals, long overdue,
		long participants, List<Notice> notices, List<CategoryView> categories, long unsent) {

	record Notice(String key, String value) {
	}

	public List<BoardStatus> statuses() {
		return List.of(BoardStatus.values());
	}

}
