package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import id.monevkip.cycle.ScoreStage;
import org.jspecify.annotations.Nullable;

/** A body's score per stage (0–100, unrounded); a stage it did not take part in is absent. */
public record StageScores(Map<ScoreStage, BigDecimal> scores) {

	public StageScores {
		var copy = new EnumMap<ScoreStage, BigDecimal>(ScoreStage.class);
		copy.putAll(scores);
		scores = Collections.unmodifiableMap(copy);
	}

	public static StageScores of(Map<ScoreStage, BigDecimal> scores) {
		return new StageScores(scores);
	}

	public @Nullable BigDecimal get(ScoreStage stage) {
		return scores.get(stage);
	}

	/** The score of a stage, 0 when the body has none. */
	public BigDecimal orZero(ScoreStage stage) {
		return scores.getOrDefault(stage, BigDecimal.ZERO);
	}

}
