package id.monevkip.questionnaire.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an imported file: a JSON path (row empty) or an Excel sheet and its 1-based row as
 * users see it, with a message key and arguments.
 */
public record ImportProblem(String where, @Nullable Integer row, String messageKey, List<Object> arguments) {

	static ImportProblem at(String path, String messageKey, Object... arguments) {
		return new ImportProblem(path, null, messageKey, List.of(arguments));
	}

	static ImportProblem atRow(String sheet, int row, String messageKey, Object... arguments) {
		return new ImportProblem(sheet, row, messageKey, List.of(arguments));
	}

	public boolean inSheet() {
		return row != null;
	}

}
