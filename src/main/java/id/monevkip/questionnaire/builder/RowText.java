package id.monevkip.questionnaire.builder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import id.monevkip.questionnaire.QuestionView;

/**
 * Options, checklist elements and thresholds written as text, one per line (in the form) or separated by
 * semicolons (in an Excel cell): {@code code=label=fraction}, {@code code=label=weight}, {@code minimum=fraction}.
 * Labels therefore cannot contain "=" or ";".
 */
public final class RowText {

	private RowText() {
	}

	public static List<QuestionView.Option> options(String text) {
		List<QuestionView.Option> rows = new ArrayList<>();
		for (String[] parts : split(text, 3, "question.error.optionsFormat")) {
			rows.add(new QuestionView.Option(parts[0], parts[1], number(parts[2], "question.error.optionsFormat")));
		}
		return rows;
	}

	public static List<QuestionView.Element> elements(String text) {
		List<QuestionView.Element> rows = new ArrayList<>();
		for (String[] parts : split(text, 3, "question.error.elementsFormat")) {
			rows.add(new QuestionView.Element(parts[0], parts[1], number(parts[2], "question.error.elementsFormat")));
		}
		return rows;
	}

	public static List<QuestionView.Threshold> thresholds(String text) {
		List<QuestionView.Threshold> rows = new ArrayList<>();
		for (String[] parts : split(text, 2, "question.error.thresholdsFormat")) {
			rows.add(new QuestionView.Threshold(number(parts[0], "question.error.thresholdsFormat"),
					number(parts[1], "question.error.thresholdsFormat")));
		}
		return rows;
	}

	public static String ofOptions(List<QuestionView.Option> options, String separator) {
		return options.stream()
			.map(o -> o.code() + "=" + o.label() + "=" + o.fraction().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(separator));
	}

	public static String ofElements(List<QuestionView.Element> elements, String separator) {
		return elements.stream()
			.map(e -> e.code() + "=" + e.label() + "=" + e.weight().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(separator));
	}

	public static String ofThresholds(List<QuestionView.Threshold> thresholds, String separator) {
		return thresholds.stream()
			.map(t -> t.minimum().stripTrailingZeros().toPlainString() + "=" + t.fraction().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(separator));
	}

	/** Thrown with the message key of the field whose text cannot be read. */
	public static final class Unreadable extends RuntimeException {

		private final String messageKey;

		Unreadable(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	private static List<String[]> split(String text, int parts, String key) {
		List<String[]> rows = new ArrayList<>();
		if (text == null) {
			return rows;
		}
		for (String line : text.split("[;\\r\\n]+")) {
			if (line.isBlank()) {
				continue;
			}
			String[] row = line.split("=", -1);
			if (row.length != parts) {
				throw new Unreadable(key);
			}
			for (int i = 0; i < row.length; i++) {
				row[i] = row[i].strip();
			}
			rows.add(row);
		}
		return rows;
	}

	private static BigDecimal number(String text, String key) {
		try {
			return new BigDecimal(text.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new Unreadable(key);
		}
	}

}
