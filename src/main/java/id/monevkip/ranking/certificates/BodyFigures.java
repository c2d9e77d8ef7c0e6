package id.monevkip.ranking.certificates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.cycle.CycleView;
import id.monevkip.directory.BodyView;

/**
 * Everything a report card and the public page of a body show: its result in the decree in force, its verified
 * score per questionnaire indicator, the verifiers' remarks on items not accepted, and its results of other years.
 */
public record BodyFigures(CycleView cycle, DecreeView decree, BodyView body, ResultView result,
		List<IndicatorScore> indicators, List<Recommendation> recommendations, List<YearResult> years) {

	/** The verified score of one indicator out of its weight. */
	public record IndicatorScore(String code, String name, BigDecimal weight, BigDecimal score) {
	}

	/** A remark of the verifier on an item not accepted, read as what to improve. */
	public record Recommendation(String indicatorName, String questionText, String remark) {
	}

	/** A final result of one year: this installation's decree or a row imported from elsewhere. */
	public record YearResult(int year, BigDecimal finalScore, String band, @Nullable Integer rank, boolean imported) {
	}

	/** Last year's result, if any. */
	@Nullable
	public YearResult previous() {
		return years.stream().filter(y -> y.year() == cycle.year() - 1).findFirst().orElse(null);
	}

	/** The recommendations grouped by indicator, in the instrument's order. */
	public Map<String, List<Recommendation>> recommendationsByIndicator() {
		return recommendations.stream()
			.collect(Collectors.groupingBy(Recommendation::indicatorName, LinkedHashMap::new, Collectors.toList()));
	}

	/** The years oldest first, for the trend chart. */
	public List<YearResult> trend() {
		var oldestFirst = new ArrayList<>(years);
		oldestFirst.sort((a, b) -> Integer.compare(a.year(), b.year()));
		return oldestFirst;
	}

}
