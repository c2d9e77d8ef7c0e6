package id.monevkip.questionnaire.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import id.monevkip.questionnaire.builder.IndicatorContent;
import id.monevkip.questionnaire.builder.Problem;
import id.monevkip.questionnaire.builder.QuestionContent;
import id.monevkip.questionnaire.builder.QuestionRules;

/** The builder's rules applied to file content, so an import accepts exactly what the forms accept. */
final class DocumentChecks {

	private DocumentChecks() {
	}

	/** Problems of one question; {@code locate} turns a field name into where the user finds it. */
	static void question(QuestionContent question, Set<String> seenCodes, Function<Problem, ImportProblem> locate,
			List<ImportProblem> problems) {
		QuestionRules.problems(question).forEach(p -> problems.add(locate.apply(p)));
		if (question.code() != null && !seenCodes.add(question.code().toUpperCase(Locale.ROOT))) {
			problems.add(locate.apply(new Problem("code", "question.error.duplicateCode", question.code())));
		}
	}

	static void indicator(IndicatorContent indicator, Set<String> seenCodes, Function<Problem, ImportProblem> locate,
			List<ImportProblem> problems) {
		QuestionRules.problems(indicator).forEach(p -> problems.add(locate.apply(p)));
		if (indicator.code() != null && !seenCodes.add(indicator.code().toUpperCase(Locale.ROOT))) {
			problems.add(locate.apply(new Problem("code", "indicator.error.duplicateCode", indicator.code())));
		}
	}

}
