package id.monevkip.ranking.awards;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An award category of a cycle: its name, the body categories it takes, how many win and the optional nomination
 * rule "top K per kabupaten/kota".
 */
public record AwardCategoryView(long id, long cycleId, String name, int winners, @Nullable Integer topPerRegency,
		int sortOrder, List<Long> bodyCategoryIds) {
}
