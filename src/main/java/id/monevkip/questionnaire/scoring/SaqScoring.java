package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/** Item scores to indicator scores to the SAQ: Σ(item weight × score) / Σ(item weight) × indicator weight. */
final class SaqScoring {

	/**
	 * The last instrument found valid. Specs are immutable, so the same instance stays valid; scoring a whole
	 * cycle against one instrument then validates it once instead of once per submission.
	 */
	private static volatile @Nullable InstrumentSpec lastValid;

	private SaqScoring() {
	}

	static SaqScore score(InstrumentSpec spec, Collection<Answer> answers,
			BiFunction<ItemSpec, @Nullable Answer, Ratio> itemScore) {
		if (spec != lastValid) {
			spec.requireValid();
			lastValid = spec;
		}
		Map<String, Answer> byItem = byItem(answers);
		Map<String, BigDecimal> indicatorScores = new LinkedHashMap<>(spec.indicators().size() * 2);
		Map<String, BigDecimal> itemScores = new LinkedHashMap<>(byItem.size() * 2 + 16);
		Ratio total = Ratio.ZERO;
		for (IndicatorSpec indicator : spec.indicators()) {
			Ratio earned = Ratio.ZERO;
			BigDecimal weights = BigDecimal.ZERO;
			for (ItemSpec item : indicator.items()) {
				if (!item.scored()) {
					continue;
				}
				Ratio score = itemScore.apply(item, byItem.get(item.code()));
				itemScores.put(item.code(), score.toDecimal());
				weights = weights.add(item.weight());
				if (!score.isZero()) {
					earned = earned.plus(score.times(item.weight()));
				}
			}
			Ratio indicatorScore = earned.times(indicator.weight()).dividedBy(weights);
			indicatorScores.put(indicator.code(), indicatorScore.toDecimal());
			total = total.plus(indicatorScore);
		}
		return new SaqScore(total.toDecimal(), indicatorScores, itemScores);
	}

	private static Map<String, Answer> byItem(Collection<Answer> answers) {
		Map<String, Answer> byItem = new HashMap<>(answers.size() * 2);
		for (Answer answer : answers) {
			// two answers to one item would make the score depend on their order
			if (byItem.put(answer.itemCode(), answer) != null) {
				throw new IllegalArgumentException("Two answers to item " + answer.itemCode());
			}
		}
		return byItem;
	}

}
