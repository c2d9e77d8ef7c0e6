package id.monevkip.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import id.monevkip.directory.body.FieldRules;
import id.monevkip.directory.imports.ImportReport.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one CSV row and collects what is wrong with them. The formats and lengths come from
 * {@link FieldRules}, the same the directory's forms use, so that an import cannot store what the pages
 * would refuse.
 */
final class ImportRowCheck {

	private final CsvTable table;

	private final CsvTable.Row row;

	private final List<Problem> problems = new ArrayList<>();

	ImportRowCheck(CsvTable table, CsvTable.Row row) {
		this.table = table;
		this.row = row;
		if (row.extraValues()) {
			problems.add(Problem.of("", "import.reason.extraValues"));
		}
	}

	/** Whether the file has this column at all (an absent optional column keeps the stored value). */
	boolean has(String column) {
		return row.has(column);
	}

	/** A text cell, reported when required and empty or when longer than the database allows. */
	@Nullable String text(String column, boolean required, int maxLength) {
		String value = row.get(column);
		if (value == null) {
			if (required) {
				fail(column, "import.reason.required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			fail(column, "import.reason.tooLong", maxLength);
		}
		return value;
	}

	/** A code cell in upper case; people type "pemkab-kukar" as readily as "PEMKAB-KUKAR". */
	@Nullable String code(String column, boolean required) {
		String value = row.get(column);
		if (value == null) {
			if (required) {
				fail(column, "import.reason.required");
			}
			return null;
		}
		return value.toUpperCase(Locale.ROOT);
	}

	/** A text cell that must match a format (checked only when filled). */
	@Nullable String formatted(String column, int maxLength, Pattern format, String reasonKey) {
		String value = text(column, false, maxLength);
		if (value != null && value.length() <= maxLength && !format.matcher(value).matches()) {
			fail(column, reasonKey);
		}
		return value;
	}

	void fail(String column, String key, Object... args) {
		problems.add(Problem.of(column.isEmpty() ? "" : table.header(column), key, args));
	}

	boolean valid() {
		return problems.isEmpty();
	}

	List<Problem> problems() {
		return List.copyOf(problems);
	}

	int line() {
		return row.line();
	}

}
