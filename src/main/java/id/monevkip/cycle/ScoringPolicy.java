package id.monevkip.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * How a cycle turns stage scores into a final score, a band and a rank. A value: the cycle stores it, the
 * scoring engine applies it, nothing else interprets it.
 *
 * @param weights percentage per scoring stage; stages without weight are absent or 0; the total must be 100
 * @param scale decimals kept, once, at the end (2 as KI publishes, e.g. 98.56)
 * @param tieBreaks applied in order to equal final scores; empty means equal scores share a rank
 */
public record ScoringPolicy(Map<ScoreStage, BigDecimal> weights, ShortlistRule shortlist,
		NonShortlistedScore nonShortlisted, List<Band> bands, int scale, RoundingMode roundingMode,
		List<TieBreak> tieBreaks) {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ScoringPolicy {
		var copy = new EnumMap<ScoreStage, BigDecimal>(ScoreStage.class);
		copy.putAll(weights);
		weights = Collections.unmodifiableMap(copy);
		bands = bands.stream().sorted(Comparator.comparing(Band::lower).reversed()).toList();
		tieBreaks = List.copyOf(tieBreaks);
	}

	/** A policy with the defaults of DESIGN.md: KI's five bands, 2 decimals HALF_UP, shared ranks. */
	public static ScoringPolicy of(Map<ScoreStage, BigDecimal> weights) {
		return new ScoringPolicy(weights, ShortlistRule.everybody(), NonShortlistedScore.VERIFIED_SAQ, Band.DEFAULTS, 2,
				RoundingMode.HALF_UP, List.of());
	}

	public BigDecimal weightOf(ScoreStage stage) {
		return weights.getOrDefault(stage, BigDecimal.ZERO);
	}

	/** The stages that count, in their natural order. */
	public List<ScoreStage> weightedStages() {
		return weights.entrySet().stream().filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey).toList();
	}

	public BigDecimal round(BigDecimal score) {
		return score.setScale(scale, roundingMode);
	}

	/** The band of a rounded score. */
	public Band bandOf(BigDecimal roundedScore) {
		return bands.stream()
			.filter(band -> band.contains(roundedScore))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No band holds " + roundedScore));
	}

	/** Everything wrong with this policy, as message keys for the admin form; empty when it can be used. */
	public List<PolicyProblem> problems() {
		List<PolicyProblem> problems = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		for (var entry : weights.entrySet()) {
			if (entry.getValue().signum() < 0 || entry.getValue().compareTo(HUNDRED) > 0) {
				problems.add(new PolicyProblem("weights", "policy.weights.range", entry.getKey()));
			}
			total = total.add(entry.getValue());
		}
		if (total.compareTo(HUNDRED) != 0) {
			problems.add(new PolicyProblem("weights", "policy.weights.total", total.stripTrailingZeros().toPlainString()));
		}
		var minimum = shortlist.minimumScore();
		if (minimum != null && (minimum.signum() < 0 || minimum.compareTo(HUNDRED) > 0)) {
			problems.add(new PolicyProblem("shortlist", "policy.shortlist.minimum"));
		}
		if (shortlist.topPerCategory() != null && shortlist.topPerCategory() < 1) {
			problems.add(new PolicyProblem("shortlist", "policy.shortlist.top"));
		}
		if (scale < 0 || scale > 4) {
			problems.add(new PolicyProblem("scale", "policy.scale"));
		}
		if (new HashSet<>(tieBreaks).size() != tieBreaks.size()) {
			problems.add(new PolicyProblem("tieBreaks", "policy.tieBreaks.duplicate"));
		}
		problems.addAll(bandProblems());
		return problems;
	}

	/** Bands must cover 0 to 100 without gaps or overlaps, each with a distinct code. */
	private List<PolicyProblem> bandProblems() {
		List<PolicyProblem> problems = new ArrayList<>();
		if (bands.isEmpty()) {
			return List.of(new PolicyProblem("bands", "policy.bands.empty"));
		}
		if (bands.stream().map(Band::code).distinct().count() != bands.size()) {
			problems.add(new PolicyProblem("bands", "policy.bands.duplicateCode"));
		}
		List<Band> ascending = new ArrayList<>(bands);
		Collections.reverse(ascending);
		if (ascending.get(0).lower().signum() != 0) {
			problems.add(new PolicyProblem("bands", "policy.bands.start"));
		}
		if (ascending.get(ascending.size() - 1).upper().compareTo(HUNDRED) != 0) {
			problems.add(new PolicyProblem("bands", "policy.bands.end"));
		}
		for (int i = 0; i < ascending.size(); i++) {
			Band band = ascending.get(i);
			if (band.lower().compareTo(band.upper()) >= 0) {
				problems.add(new PolicyProblem("bands", "policy.bands.empty.interval", band.code()));
			}
			if (i > 0) {
				int joint = ascending.get(i - 1).upper().compareTo(band.lower());
				if (joint < 0) {
					problems.add(new PolicyProblem("bands", "policy.bands.gap", ascending.get(i - 1).code(), band.code()));
				}
				else if (joint > 0) {
					problems.add(new PolicyProblem("bands", "policy.bands.overlap", ascending.get(i - 1).code(), band.code()));
				}
			}
		}
		return problems;
	}

}
