package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;

/**
 * The one place scores are computed: submission and assessment code call these methods and store what they
 * return. Pure functions of their arguments, BigDecimal throughout, rounded once, on the final score.
 */
public final class ScoringEngine {

	private ScoringEngine() {
	}

	/**
	 * The SAQ as the respondent claims it: their answers and whether evidence is attached.
	 * @throws IllegalArgumentException when the instrument has problems or an item is answered twice
	 */
	public static SaqScore selfScore(InstrumentSpec spec, Collection<Answer> answers) {
		return SaqScoring.score(spec, answers, ItemScoring::score);
	}

	/**
	 * The SAQ after verification: an item keeps its self-claimed score only when accepted; rejected, awaiting
	 * revision or not yet judged, it scores 0. Never above the self-claimed score.
	 * @param verdicts verdict per item code
	 */
	public static SaqScore verifiedScore(InstrumentSpec spec, Collection<Answer> answers,
			Map<String, Verdict> verdicts) {
		return SaqScoring.score(spec, answers, (item, answer) -> verdicts.get(item.code()) == Verdict.ACCEPTED
				? ItemScoring.score(item, answer) : Ratio.ZERO);
	}

	/**
	 * The bodies (ids) that go on to the later stages, by the policy's rule applied per category on the
	 * verified SAQ.
	 */
	public static Set<Long> shortlist(ScoringPolicy policy, List<ShortlistCandidate> candidates) {
		requireValid(policy);
		return Shortlisting.shortlist(policy, candidates);
	}

	/**
	 * The nilai akhir. Shortlisted bodies get Σ stage weight / 100 × stage score, a missing stage counting 0;
	 * the others what the policy says: their verified SAQ (the SAQ stage score) unweighted, or the same
	 * weighted sum. Rounded once by the policy, the band taken from the rounded value.
	 * @param stages stage scores, the SAQ being the verified one
	 */
	public static FinalScore finalScore(ScoringPolicy policy, StageScores stages, boolean shortlisted) {
		requireValid(policy);
		BigDecimal raw;
		if (shortlisted || policy.nonShortlisted() == NonShortlistedScore.WEIGHTED_WITH_MISSING_AS_ZERO) {
			BigDecimal sum = BigDecimal.ZERO;
			for (ScoreStage stage : policy.weightedStages()) {
				sum = sum.add(policy.weightOf(stage).multiply(stages.orZero(stage)));
			}
			// dividing by 100 only moves the decimal point, so it stays exact
			raw = sum.movePointLeft(2);
		}
		else {
			raw = stages.orZero(ScoreStage.SAQ);
		}
		BigDecimal rounded = policy.round(raw);
		return new FinalScore(raw, rounded, policy.bandOf(rounded), shortlisted);
	}

	/**
	 * Ranks per category, best first: by rounded final score, then the policy's tie-break chain; bodies still
	 * equal share a rank (1, 2, 2, 4). Categories come in the order they first appear.
	 */
	public static List<Ranked> rank(ScoringPolicy policy, List<RankEntry> entries) {
		requireValid(policy);
		return Ranking.rank(policy, entries);
	}

	/**
	 * One judge's total for one body: Σ weight × criterion score / 100, exact.
	 * @throws IllegalArgumentException when the weights do not total 100, a criterion is unscored or a score lies
	 * outside 0–100
	 */
	public static BigDecimal panelTotal(List<PanelCriterion> criteria, Map<String, BigDecimal> scores) {
		return PanelScoring.total(criteria, scores);
	}

	/**
	 * A body's panel result in a stage from the judges' submitted sheets: every judge's total, the stage score
	 * by the rubric's rule (mean, median or trimmed mean), the spread and whether it exceeds the threshold.
	 */
	public static PanelScore panelScore(PanelSpec spec, List<PanelSheet> submitted) {
		return PanelScoring.score(spec, submitted);
	}

	/**
	 * Per judge, in order of first appearance: its average total against the other judges' average on the same
	 * bodies (the leniency overview commissioners read).
	 */
	public static List<Leniency> leniency(List<PanelTotal> totals) {
		return PanelScoring.leniency(totals);
	}

	private static void requireValid(ScoringPolicy policy) {
		var problems = policy.problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Scoring policy cannot be applied: " + problems);
		}
	}

}
