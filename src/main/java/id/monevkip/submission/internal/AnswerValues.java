package id.monevkip.submission.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.questionnaire.scoring.Answer;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.BusinessException;
import org.jspecify.annotations.Nullable;

/**
 * How an answer is kept: one text per answer whatever the question type, so that it can be compared, shown in a
 * conflict and sealed in a snapshot as it is. Yes/no is {@code YES} or {@code NO}, a choice the option code, a
 * checklist the ticked element codes in the instrument's order joined by commas (empty when none is ticked), a
 * number in plain notation, free text as typed.
 */
public final class AnswerValues {

	public static final int MAX_TEXT = 5000;

	private AnswerValues() {
	}

	/**
	 * The stored form of what a respondent posted, or {@code null} when the posted value clears the answer.
	 * Refuses values the question does not offer.
	 */
	public static @Nullable String normalise(QuestionView question, List<String> posted) {
		var values = posted.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
		return switch (question.answerType()) {
			case YES_NO -> single(values, "YES", "NO");
			case SINGLE_CHOICE -> single(values, question.options().stream().map(QuestionView.Option::code).toArray(String[]::new));
			case CHECKLIST -> checklist(question, values);
			case NUMBER -> number(values);
			case FREE_TEXT -> text(posted);
		};
	}

	/**
	 * Whether an answer claims something that evidence must back. An answer that claims nothing ("Tidak", no element
	 * ticked, an option worth nothing, the number 0, free text) needs none.
	 */
	public static boolean claims(QuestionView question, @Nullable String value) {
		if (value == null) {
			return false;
		}
		return switch (question.answerType()) {
			case YES_NO -> value.equals("YES");
			case SINGLE_CHOICE -> question.options().stream().anyMatch(o -> o.code().equals(value) && o.fraction().signum() > 0);
			case CHECKLIST -> !value.isEmpty();
			case NUMBER -> new BigDecimal(value).signum() > 0;
			case FREE_TEXT -> false;
		};
	}

	/** The evidence an answer with this value must have, {@code null} when it needs none. */
	public static @Nullable EvidenceRequirement evidenceNeeded(QuestionView question, @Nullable String value) {
		var requirement = question.evidenceRequirement();
		return requirement != EvidenceRequirement.NONE && claims(question, value) ? requirement : null;
	}

	/** The answer as the scoring engine reads it. */
	public static Answer toScoring(QuestionView question, @Nullable String value, boolean hasFile, boolean hasLink) {
		var code = question.code();
		if (value == null) {
			return new Answer(code, null, null, Set.of(), null, hasFile, hasLink);
		}
		return switch (question.answerType()) {
			case YES_NO -> Answer.yesNo(code, value.equals("YES"), hasFile, hasLink);
			case SINGLE_CHOICE -> Answer.option(code, value, hasFile, hasLink);
			case CHECKLIST -> Answer.elements(code, elements(value), hasFile, hasLink);
			case NUMBER -> Answer.number(code, new BigDecimal(value), hasFile, hasLink);
			case FREE_TEXT -> Answer.text(code);
		};
	}

	/** The ticked elements of a stored checklist value. */
	public static Set<String> elements(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.asList(value.split(",")));
	}

	/** The value in words for people (conflict messages, receipts): labels instead of codes. */
	public static String display(QuestionView question, @Nullable String value, String yes, String no, String none) {
		if (value == null) {
			return none;
		}
		return switch (question.answerType()) {
			case YES_NO -> value.equals("YES") ? yes : no;
			case SINGLE_CHOICE -> question.options().stream().filter(o -> o.code().equals(value)).map(QuestionView.Option::label)
				.findFirst().orElse(value);
			case CHECKLIST -> value.isEmpty() ? none : question.elements().stream()
				.filter(e -> elements(value).contains(e.code())).map(QuestionView.Element::label)
				.collect(Collectors.joining("; "));
			case NUMBER, FREE_TEXT -> value;
		};
	}

	private static @Nullable String single(List<String> values, String... allowed) {
		if (values.isEmpty()) {
			return null;
		}
		if (values.size() > 1 || !List.of(allowed).contains(values.get(0))) {
			throw new BusinessException("value", "submission.answer.unknownOption");
		}
		return values.get(0);
	}

	private static String checklist(QuestionView question, List<String> values) {
		var known = question.elements().stream().map(QuestionView.Element::code).toList();
		if (!known.containsAll(values)) {
			throw new BusinessException("value", "submission.answer.unknownOption");
		}
		return known.stream().filter(values::contains).collect(Collectors.joining(","));
	}

	private static @Nullable String number(List<String> values) {
		if (values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new BusinessException("value", "submission.answer.number");
		}
		try {
			var number = new BigDecimal(values.get(0).replace(',', '.'));
			if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
				throw new BusinessException("value", "submission.answer.number");
			}
			return number.stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			throw new BusinessException("value", "submission.answer.number");
		}
	}

	private static @Nullable String text(List<String> posted) {
		var text = posted.stream().filter(Objects::nonNull).collect(Collectors.joining("\n")).strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > MAX_TEXT) {
			throw new BusinessException("value", "submission.answer.tooLong", MAX_TEXT);
		}
		return text;
	}

}
