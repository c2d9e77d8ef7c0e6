package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;

/**
 * What a single question and indicator must satisfy, whether typed in the builder or read from a file. Field
 * names are those of the question form and of the JSON format.
 */
public final class QuestionRules {

	public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,20}");

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private QuestionRules() {
	}

	public static List<Problem> problems(QuestionContent q) {
		List<Problem> problems = new ArrayList<>();
		code(q.code(), "code", problems);
		text(q.text(), "text", 2000, problems);
		if (q.weight().signum() < 0 || q.weight().compareTo(HUNDRED) > 0) {
			problems.add(new Problem("weight", "question.error.weight"));
		}
		if (q.maxFileMb() < 1 || q.maxFileMb() > QuestionContent.MAX_FILE_MB) {
			problems.add(new Problem("maxFileMb", "question.error.maxFileMb", QuestionContent.MAX_FILE_MB));
		}
		if (q.answerType() == AnswerType.SINGLE_CHOICE) {
			if (q.options().size() < 2) {
				problems.add(new Problem("options", "question.error.options"));
			}
			var codes = new HashSet<String>();
			for (var option : q.options()) {
				fraction(option.fraction(), "options", problems);
				if (!codes.add(option.code())) {
					problems.add(new Problem("options", "question.error.duplicateRowCode", option.code()));
				}
				rowText(option.code(), option.label(), "options", problems);
			}
		}
		if (q.answerType() == AnswerType.CHECKLIST) {
			if (q.elements().isEmpty()) {
				problems.add(new Problem("elements", "question.error.elements"));
			}
			var codes = new HashSet<String>();
			for (var element : q.elements()) {
				if (element.weight().signum() <= 0) {
					problems.add(new Problem("elements", "question.error.elementWeight", element.code()));
				}
				if (!codes.add(element.code())) {
					problems.add(new Problem("elements", "question.error.duplicateRowCode", element.code()));
				}
				rowText(element.code(), element.label(), "elements", problems);
			}
		}
		if (q.answerType() == AnswerType.NUMBER) {
			for (QuestionView.Threshold threshold : q.thresholds()) {
				fraction(threshold.fraction(), "thresholds", problems);
			}
		}
		return problems;
	}

	public static List<Problem> problems(IndicatorContent indicator) {
		List<Problem> problems = new ArrayList<>();
		code(indicator.code(), "code", problems);
		text(indicator.name(), "name", 200, problems);
		if (indicator.weight().signum() < 0 || indicator.weight().compareTo(HUNDRED) > 0) {
			problems.add(new Problem("weight", "indicator.error.weight"));
		}
		return problems;
	}

	private static void code(String code, String field, List<Problem> problems) {
		if (code == null || !CODE.matcher(code).matches()) {
			problems.add(new Problem(field, "question.error.code"));
		}
	}

	private static void text(String text, String field, int max, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem(field, "question.error.required"));
		}
		else if (text.length() > max) {
			problems.add(new Problem(field, "question.error.tooLong", max));
		}
	}

	private static void rowText(String code, String label, String field, List<Problem> problems) {
		if (code == null || !CODE.matcher(code).matches() || label == null || label.isBlank()
				|| label.length() > 500) {
			problems.add(new Problem(field, "question.error.row", code == null ? "" : code));
		}
	}

	private static void fraction(BigDecimal fraction, String field, List<Problem> problems) {
		if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
			problems.add(new Problem(field, "question.error.fraction"));
		}
	}

}
