package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One nomination in the aggregated ranking: the mean of the submitted sheets' totals (null without any), how many
 * sheets and conflicts, the spread of the totals and whether it is larger than the round's threshold, and the
 * commissioners' selection.
 */
record RankRow(long nominationId, String name, String position, String institution, String nominatedByName,
		@Nullable Integer rank, @Nullable BigDecimal score, int sheets, int drafts, int conflicts,
		@Nullable BigDecimal spread, boolean divergent, @Nullable String selectionReason, @Nullable String selectedByName,
		@Nullable Instant selectedAt) {

	public boolean selected() {
		return selectionReason != null;
	}

}
