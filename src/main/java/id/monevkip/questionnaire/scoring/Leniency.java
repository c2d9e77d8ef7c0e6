package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How a judge scores compared with the other judges of the same bodies.
 * @param bodies the bodies the judge scored together with at least one other judge
 * @param ownMean the judge's average total on those bodies (on all its bodies when it shares none)
 * @param othersMean the average, over those bodies, of the other judges' average total; null when it shares none
 * @param deviation ownMean − othersMean: above 0 the judge is more lenient, below 0 stricter; null when it
 * shares none
 */
public record Leniency(long judgeId, int bodies, BigDecimal ownMean, @Nullable BigDecimal othersMean,
		@Nullable BigDecimal deviation) {
}
