package id.monevkip.questionnaire.builder;

import java.util.List;

/**
 * One thing wrong with an instrument or a file: where (a form field, a JSON path, or a sheet and row), a
 * message key and its arguments, so that pages show it in the user's language.
 */
public record Problem(String where, String messageKey, List<Object> arguments) {

	public Problem(String where, String messageKey, Object... arguments) {
		this(where, messageKey, List.of(arguments));
	}

	/** The same problem under a longer path, e.g. a question's field within the file. */
	public Problem under(String prefix) {
		return new Problem(where.isEmpty() ? prefix : prefix + "." + where, messageKey, arguments);
	}

}
