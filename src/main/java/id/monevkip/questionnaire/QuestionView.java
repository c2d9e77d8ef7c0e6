package id.monevkip.questionnaire;

import java.math.BigDecimal;
import java.util.List;

import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.ElementSpec;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.questionnaire.scoring.ItemSpec;
import id.monevkip.questionnaire.scoring.OptionSpec;
import org.jspecify.annotations.Nullable;

/** One question as respondents, assessors and the scoring engine read it. */
public record QuestionView(long id, String code, String text, @Nullable String guidance,
		@Nullable String evidenceExample, AnswerType answerType, BigDecimal weight,
		EvidenceRequirement evidenceRequirement, boolean allOrNothing, int maxFileMb, List<Option> options,
		List<Element> elements, List<Threshold> thresholds) {

	/** A single-choice option and the share of the question's weight it earns. */
	public record Option(String code, String label, BigDecimal fraction) {
	}

	/** A required element of a checklist question. */
	public record Element(String code, String label, BigDecimal weight) {
	}

	/** A number at or above {@code minimum} earns {@code fraction} of the weight (the highest met counts). */
	public record Threshold(BigDecimal minimum, BigDecimal fraction) {
	}

	/** This question as the scoring engine reads it. */
	public ItemSpec scoringSpec() {
		return new ItemSpec(code, weight, answerType, evidenceRequirement, allOrNothing,
				options.stream().map(o -> new OptionSpec(o.code(), o.fraction())).toList(),
				elements.stream().map(e -> new ElementSpec(e.code(), e.weight())).toList(),
				thresholds.stream().map(t -> new id.monevkip.questionnaire.scoring.Threshold(t.minimum(), t.fraction())).toList());
	}

	/** Free text never scores; a number scores only when it has thresholds. */
	public boolean scored() {
		return switch (answerType) {
			case FREE_TEXT -> false;
			case NUMBER -> !thresholds.isEmpty();
			default -> true;
		};
	}

}
