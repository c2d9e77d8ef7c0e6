package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an instrument must satisfy before respondents see it: categories chosen, indicator weights totalling
 * 100, no empty indicator, unique question codes, and every scored question weighing something and complete.
 */
final class PublishRules {

	private PublishRules() {
	}

	static List<Problem> problems(Set<Long> categoryIds, List<Indicator> indicators) {
		List<Problem> problems = new ArrayList<>();
		if (categoryIds.isEmpty()) {
			problems.add(new Problem("categoryIds", "instrument.error.noCategories"));
		}
		if (indicators.isEmpty()) {
			problems.add(new Problem("indicators", "instrument.error.noIndicators"));
		}
		var total = indicators.stream().map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (!indicators.isEmpty() && total.compareTo(QuestionRules.HUNDRED) != 0) {
			problems.add(new Problem("indicators", "instrument.error.weightTotal", total.stripTrailingZeros().toPlainString()));
		}
		var codes = new HashSet<String>();
		for (var indicator : indicators) {
			if (indicator.getQuestions().isEmpty()) {
				problems.add(new Problem("indicators", "instrument.error.emptyIndicator", indicator.getCode()));
			}
			for (var question : indicator.getQuestions()) {
				var view = question.toView();
				if (!codes.add(question.getCode())) {
					problems.add(new Problem("questions", "question.error.duplicateCode", question.getCode()));
				}
				if (view.scored() && question.getWeight().signum() <= 0) {
					problems.add(new Problem("questions", "instrument.error.questionWeight", question.getCode()));
				}
				QuestionRules.problems(QuestionContent.of(view))
					.forEach(p -> problems.add(new Problem("questions", "instrument.error.question", question.getCode())));
			}
		}
		return problems.stream().distinct().toList();
	}

}
