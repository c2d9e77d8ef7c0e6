package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.ShortlistRule;

/**
 * Who goes on to presentation and visitasi, per award category. Bodies are compared on their verified SAQ as
 * the policy rounds it, because that is the figure announced with the shortlist: a body shown at 70.00 must
 * not miss a minimum of 70, nor two bodies shown equal be split at the N-th place.
 */
final class Shortlisting {

	private Shortlisting() {
	}

	static Set<Long> shortlist(ScoringPolicy policy, List<ShortlistCandidate> candidates) {
		ShortlistRule rule = policy.shortlist();
		Set<Long> chosen = new HashSet<>();
		Map<Long, List<ShortlistCandidate>> byCategory = new LinkedHashMap<>();
		for (ShortlistCandidate candidate : candidates) {
			byCategory.computeIfAbsent(candidate.categoryId(), id -> new ArrayList<>()).add(candidate);
		}
		for (List<ShortlistCandidate> category : byCategory.values()) {
			List<BigDecimal> scores = category.stream().map(c -> policy.round(c.verifiedSaq())).toList();
			for (int i = 0; i < category.size(); i++) {
				if (selected(rule, scores.get(i), scores)) {
					chosen.add(category.get(i).bodyId());
				}
			}
		}
		return chosen;
	}

	private static boolean selected(ShortlistRule rule, BigDecimal score, List<BigDecimal> category) {
		if (rule.selectsEverybody()) {
			return true;
		}
		BigDecimal minimum = rule.minimumScore();
		Integer top = rule.topPerCategory();
		boolean byMinimum = minimum != null && score.compareTo(minimum) >= 0;
		// shared ranks: everybody tied at the N-th place goes through
		boolean byTop = top != null && 1 + category.stream().filter(s -> s.compareTo(score) > 0).count() <= top;
		if (minimum == null) {
			return byTop;
		}
		if (top == null) {
			return byMinimum;
		}
		return rule.combination() == ShortlistRule.Combination.ALL ? byMinimum && byTop : byMinimum || byTop;
	}

}
