package id.monevkip.questionnaire.web;

import java.math.BigDecimal;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.builder.QuestionContent;
import id.monevkip.questionnaire.builder.RowText;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The question form. Options, checklist elements and thresholds are typed one per line as
 * {@code code=label=fraction}, {@code code=label=weight} and {@code minimum=fraction}; only the rows of the
 * chosen answer type are kept.
 */
record QuestionForm(
		@NotBlank(message = "{instrument.validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{1,20}",
				message = "{question.error.code}") @Nullable String code,
		@NotBlank(message = "{instrument.validation.required}") @Size(max = 2000,
				message = "{instrument.validation.tooLong}") @Nullable String text,
		@Size(max = 4000, message = "{instrument.validation.tooLong}") @Nullable String guidance,
		@Size(max = 2000, message = "{instrument.validation.tooLong}") @Nullable String evidenceExample,
		@NotNull(message = "{instrument.validation.required}") @Nullable AnswerType answerType,
		@NotNull(message = "{instrument.validation.required}") @DecimalMin(value = "0",
				message = "{question.error.weight}") @DecimalMax(value = "100",
						message = "{question.error.weight}") @Nullable BigDecimal weight,
		@NotNull(message = "{instrument.validation.required}") @Nullable EvidenceRequirement evidenceRequirement,
		@Nullable Boolean allOrNothing,
		@NotNull(message = "{instrument.validation.required}") @Min(value = 1,
				message = "{question.error.maxFileMb}") @Max(value = 100,
						message = "{question.error.maxFileMb}") @Nullable Integer maxFileMb,
		@Nullable String options, @Nullable String elements, @Nullable String thresholds) {

	QuestionForm {
		allOrNothing = Boolean.TRUE.equals(allOrNothing);
	}

	static QuestionForm empty() {
		return new QuestionForm(null, null, null, null, AnswerType.YES_NO, BigDecimal.ONE,
				EvidenceRequirement.FILE_OR_LINK, false, QuestionContent.DEFAULT_MAX_FILE_MB, null, null, null);
	}

	static QuestionForm from(QuestionView q) {
		return new QuestionForm(q.code(), q.text(), q.guidance(), q.evidenceExample(), q.answerType(), q.weight(),
				q.evidenceRequirement(), q.allOrNothing(), q.maxFileMb(), RowText.ofOptions(q.options(), "\n"),
				RowText.ofElements(q.elements(), "\n"), RowText.ofThresholds(q.thresholds(), "\n"));
	}

	/** @throws RowText.Unreadable when a row cannot be read */
	QuestionContent toContent() {
		return new QuestionContent(code, text, guidance, evidenceExample, answerType, weight, evidenceRequirement,
				Boolean.TRUE.equals(allOrNothing), maxFileMb, RowText.options(options), RowText.elements(elements),
				RowText.thresholds(thresholds));
	}

	/** The form field a row-format error belongs to. */
	static String fieldOf(String messageKey) {
		return messageKey.contains("options") ? "options" : messageKey.contains("elements") ? "elements" : "thresholds";
	}

}
