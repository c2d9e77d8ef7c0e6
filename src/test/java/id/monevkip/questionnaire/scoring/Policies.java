package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.monevkip.cycle.Band;
import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.ScoringPolicy;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.TieBreak;

/** Scoring policies of real commissions, and small builders for the tests. */
final class Policies {

	private Policies() {
	}

	static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	/** Weights as stage/weight pairs, e.g. weights(SAQ, "80", VISITATION, "20"). */
	static Map<ScoreStage, BigDecimal> weights(Object... pairs) {
		Map<ScoreStage, BigDecimal> weights = new EnumMap<>(ScoreStage.class);
		for (int i = 0; i < pairs.length; i += 2) {
			weights.put((ScoreStage) pairs[i], bd((String) pairs[i + 1]));
		}
		return weights;
	}

	static ScoringPolicy saqOnly() {
		return ScoringPolicy.of(weights(ScoreStage.SAQ, "100"));
	}

	/** KI Kaltim 2025: SAQ 80% + visitasi 20%. */
	static ScoringPolicy kaltim2025(NonShortlistedScore nonShortlisted) {
		return policy(weights(ScoreStage.SAQ, "80", ScoreStage.VISITATION, "20"), ShortlistRule.everybody(),
				nonShortlisted, List.of());
	}

	static ScoringPolicy withShortlist(ShortlistRule rule) {
		return policy(weights(ScoreStage.SAQ, "80", ScoreStage.VISITATION, "20"), rule,
				NonShortlistedScore.VERIFIED_SAQ, List.of());
	}

	static ScoringPolicy withTieBreaks(TieBreak... chain) {
		return policy(weights(ScoreStage.SAQ, "100"), ShortlistRule.everybody(), NonShortlistedScore.VERIFIED_SAQ,
				List.of(chain));
	}

	static ScoringPolicy policy(Map<ScoreStage, BigDecimal> weights, ShortlistRule rule,
			NonShortlistedScore nonShortlisted, List<TieBreak> tieBreaks) {
		return new ScoringPolicy(weights, rule, nonShortlisted, Band.DEFAULTS, 2, RoundingMode.HALF_UP, tieBreaks);
	}

}
