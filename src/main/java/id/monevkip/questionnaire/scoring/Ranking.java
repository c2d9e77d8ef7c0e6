package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.TieBreak;
import org.jspecify.annotations.Nullable;

/**
 * Ranks per category by final score, then the policy's tie-break chain. Scores are compared as the policy
 * rounds them: a difference nobody can see in the published figures must not decide a rank.
 */
final class Ranking {

	private Ranking() {
	}

	static List<Ranked> rank(ScoringPolicy policy, List<RankEntry> entries) {
		Comparator<RankEntry> order = order(policy);
		Map<Long, List<RankEntry>> byCategory = new LinkedHashMap<>();
		for (RankEntry entry : entries) {
			byCategory.computeIfAbsent(entry.categoryId(), id -> new ArrayList<>()).add(entry);
		}
		List<Ranked> ranked = new ArrayList<>(entries.size());
		for (List<RankEntry> category : byCategory.values()) {
			category.sort(order);
			int rank = 0;
			for (int i = 0; i < category.size(); i++) {
				// competition ranking: a tie shares the rank and the next body skips the places taken (1, 2, 2, 4)
				if (i == 0 || order.compare(category.get(i - 1), category.get(i)) != 0) {
					rank = i + 1;
				}
				ranked.add(new Ranked(category.get(i), rank));
			}
		}
		return ranked;
	}

	private static Comparator<RankEntry> order(ScoringPolicy policy) {
		Comparator<RankEntry> order = Comparator.comparing(e -> policy.round(e.finalScore()),
				Comparator.reverseOrder());
		for (TieBreak tieBreak : policy.tieBreaks()) {
			order = order.thenComparing(switch (tieBreak) {
				case VERIFIED_SAQ -> higherFirst(policy, RankEntry::verifiedSaq);
				case PRESENTATION -> higherFirst(policy, RankEntry::presentation);
				case VISITATION -> higherFirst(policy, RankEntry::visitation);
				case EARLIER_SUBMISSION -> Comparator.comparing(RankEntry::submittedAt,
						Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
			});
		}
		return order;
	}

	/** Higher first; a body without the score (not shortlisted, not submitted) comes after all that have it. */
	private static Comparator<RankEntry> higherFirst(ScoringPolicy policy,
			Function<RankEntry, @Nullable BigDecimal> score) {
		return Comparator.comparing(e -> {
			BigDecimal value = score.apply(e);
			return value == null ? null : policy.round(value);
		}, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
	}

}
