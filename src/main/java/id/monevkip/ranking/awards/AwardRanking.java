package id.monevkip.ranking.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.monevkip.cycle.TieBreak;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the bodies of one award category: final score descending, equal scores ordered by the cycle's tie-break
 * chain; bodies still equal share a rank and the next rank skips (1, 2, 2, 4). With a nomination rule "top K per
 * kabupaten/kota" only the K best of each regency are ranked (ranked the same way within the regency, so a tie at
 * place K nominates every body of that tie); bodies without a regency form one group of their own.
 *
 * <p>EARLIER_SUBMISSION is not available from the decree's rows (they carry no submission time) and never breaks a
 * tie here. A missing stage score counts as lower than any score.
 */
final class AwardRanking {

	private AwardRanking() {
	}

	static List<Ranked> rank(List<Candidate> candidates, List<TieBreak> chain, @Nullable Integer topPerRegency) {
		var order = order(chain);
		List<Candidate> nominated = topPerRegency == null ? candidates : nominate(candidates, order, topPerRegency);
		return ranks(nominated, order);
	}

	/** The K best of each regency (ties at place K included). */
	static List<Candidate> nominate(List<Candidate> candidates, Comparator<Candidate> order, int perRegency) {
		Map<String, List<Candidate>> byRegency = new LinkedHashMap<>();
		for (var candidate : candidates) {
			String key = candidate.regencyCode() == null ? "" : candidate.regencyCode();
			byRegency.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
		}
		List<Candidate> nominated = new ArrayList<>();
		for (var group : byRegency.values()) {
			ranks(group, order).stream().filter(r -> r.rank() <= perRegency).forEach(r -> nominated.add(r.candidate()));
		}
		return nominated;
	}

	private static List<Ranked> ranks(List<Candidate> candidates, Comparator<Candidate> order) {
		List<Candidate> sorted = new ArrayList<>(candidates);
		sorted.sort(order.thenComparingLong(Candidate::bodyId));
		List<Ranked> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			boolean tied = i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0;
			ranked.add(new Ranked(sorted.get(i), tied ? ranked.get(i - 1).rank() : i + 1));
		}
		return ranked;
	}

	/** Best first: final score, then each link of the chain. */
	static Comparator<Candidate> order(List<TieBreak> chain) {
		Comparator<Candidate> order = Comparator.comparing(Candidate::finalScore, Comparator.reverseOrder());
		for (var tieBreak : chain) {
			if (tieBreak == TieBreak.VERIFIED_SAQ) {
				order = order.thenComparing(higherFirst(Candidate::verifiedSaq));
			}
			else if (tieBreak == TieBreak.PRESENTATION) {
				order = order.thenComparing(higherFirst(Candidate::presentation));
			}
			else if (tieBreak == TieBreak.VISITATION) {
				order = order.thenComparing(higherFirst(Candidate::visitation));
			}
			// EARLIER_SUBMISSION: the decree rows carry no submission time, so it does not break ties here
		}
		return order;
	}

	private static Comparator<Candidate> higherFirst(Function<Candidate, @Nullable BigDecimal> score) {
		return Comparator.comparing(score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
	}

}
