package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import org.jspecify.annotations.Nullable;

/** Everything an admin (or an imported file) says about one question. */
public record QuestionContent(String code, String text, @Nullable String guidance, @Nullable String evidenceExample,
		AnswerType answerType, BigDecimal weight, EvidenceRequirement evidenceRequirement, boolean allOrNothing,
		int maxFileMb, List<QuestionView.Option> options, List<QuestionView.Element> elements,
		List<QuestionView.Threshold> thresholds) {

	public static final int DEFAULT_MAX_FILE_MB = 20;

	public static final int MAX_FILE_MB = 100;

	public QuestionContent {
		options = List.copyOf(options);
		elements = List.copyOf(elements);
		thresholds = List.copyOf(thresholds);
	}

	public static QuestionContent of(QuestionView question) {
		return new QuestionContent(question.code(), question.text(), question.guidance(), question.evidenceExample(),
				question.answerType(), question.weight(), question.evidenceRequirement(), question.allOrNothing(),
				question.maxFileMb(), question.options(), question.elements(), question.thresholds());
	}

}
