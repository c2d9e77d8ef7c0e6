package id.monevkip.assessment.shortlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.monevkip.cycle.ShortlistRule;
import id.monevkip.directory.CategoryView;
import org.jspecify.annotations.Nullable;

/**
 * The shortlist of a cycle for one category (all when {@code categoryId} is null), best verified SAQ first.
 *
 * @param drawnAt when the policy was last applied; null before the first draw
 * @param withoutScore participants of the cycle that have no verified SAQ yet (they cannot go on by policy)
 */
public record ShortlistPage(long cycleId, String cycleTitle, ShortlistRule rule, @Nullable Instant drawnAt,
		@Nullable Long categoryId, List<CategoryView> categories, List<ShortlistRow> rows, long included,
		long participants, long withoutScore, List<Adjustment> adjustments) {

	public boolean drawn() {
		return drawnAt != null;
	}

	public @Nullable BigDecimal minimumScore() {
		return rule.minimumScore();
	}

	/** A commissioner's decision as the log shows it. */
	public record Adjustment(String bodyName, boolean included, String reason, String byName, Instant at) {
	}

}
