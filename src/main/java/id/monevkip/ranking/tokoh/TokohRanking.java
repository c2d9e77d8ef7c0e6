package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aggregated ranking of a cycle's nominations by the panel arithmetic of the assessment
 * ({@link TokohArithmetic}): mean of the submitted totals, spread and divergence flag. Scores are ranked
 * after rounding to two decimals as shown, and equal scores share a rank (1, 2, 2, 4); nominations without any
 * submitted sheet come last, unranked.
 */
@Service
@RequiredArgsConstructor
class TokohRanking {

	private final NominationRepository nominations;

	private final TokohSheetRepository sheets;

	private final TokohConflictRepository conflicts;

	private final TokohRubric rubric;

	private final Rounds rounds;

	@Transactional(readOnly = true)
	List<RankRow> ranking(long cycleId) {
		var all = nominations.findByCycleIdOrderByName(cycleId);
		var criteria = rubric.criteria(cycleId);
		int threshold = rounds.round(cycleId).getDivergenceThreshold();
		var byNomination = sheets.findByCycleId(cycleId).stream().collect(Collectors.groupingBy(TokohSheet::getNominationId));
		Map<Long, Long> conflictCounts = conflicts.findByNominationIdIn(all.stream().map(Nomination::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TokohConflict::getNominationId, Collectors.counting()));
		var scored = new ArrayList<Scored>();
		for (var n : all) {
			var own = byNomination.getOrDefault(n.getId(), List.of());
			var submitted = own.stream().filter(TokohSheet::isSubmitted).toList();
			var score = TokohArithmetic.outcome(criteria, submitted, threshold);
			scored.add(new Scored(n, score, submitted.size(), own.size() - submitted.size(),
					conflictCounts.getOrDefault(n.getId(), 0L).intValue()));
		}
		scored.sort(Comparator.comparing((Scored s) -> s.shown() == null ? BigDecimal.valueOf(-1) : s.shown())
			.reversed()
			.thenComparing(s -> s.nomination().getName()));
		var rows = new ArrayList<RankRow>();
		BigDecimal previous = null;
		int rank = 0;
		for (int i = 0; i < scored.size(); i++) {
			var s = scored.get(i);
			if (s.shown() != null && (previous == null || s.shown().compareTo(previous) != 0)) {
				rank = i + 1;
				previous = s.shown();
			}
			var n = s.nomination();
			rows.add(new RankRow(n.getId(), n.getName(), n.getPosition(), n.getInstitution(), n.getNominatedByName(),
					s.shown() == null ? null : rank, s.shown(), s.sheets(), s.drafts(), s.conflicts(), s.score().spread(),
					s.score().divergent(), n.getSelectionReason(), n.getSelectedByName(), n.getSelectedAt()));
		}
		return rows;
	}

	private record Scored(Nomination nomination, TokohArithmetic.Outcome score, int sheets, int drafts, int conflicts) {

		@Nullable
		BigDecimal shown() {
			return TokohArithmetic.shown(score.mean());
		}

	}

}
