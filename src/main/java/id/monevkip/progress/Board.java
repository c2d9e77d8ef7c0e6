package id.monevkip.progress;

import java.util.List;
import java.util.Map;

import id.monevkip.directory.CategoryView;
import id.monevkip.directory.RegionView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * A page of the board.
 *
 * @param cycleTitle {@code null} when there is no cycle to show
 * @param cycleId the cycle shown, {@code null} when there is none
 * @param cycles the cycles the user may choose from, newest first
 * @param totals bodies per status over the whole scope, whatever the filters
 * @param notices message keys of filter values that were not understood and ignored, with the value
 * @param regions the kabupaten/kota (or provinces) the scope's bodies lie in, for the filter
 * @param unsent bodies with these filters (all pages) that have not sent their SAQ: whom a reminder would reach
 * @param summary totals per category, per region and per day over the whole scope
 */
record Board(@Nullable String cycleTitle, @Nullable Long cycleId, List<CycleChoice> cycles, Page<BoardRow> page,
		Map<BoardStatus, Long> totals, long overdue, long participants, List<Notice> notices,
		List<CategoryView> categories, List<RegionView> regions, long unsent, BoardSummary summary) {

	record Notice(String key, String value) {
	}

	record CycleChoice(long id, String title) {
	}

	public List<BoardStatus> statuses() {
		return List.of(BoardStatus.values());
	}

}
