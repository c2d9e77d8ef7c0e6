package id.monevkip.directory.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.monevkip.directory.imports.ImportReport.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded CSV file read into rows keyed by column, or the reasons it cannot be read. Strict on what
 * cannot be repaired (encoding, columns, size), lenient on what Excel produces anyway: a UTF-8 byte order
 * mark, semicolons instead of commas, blank lines and trailing empty columns.
 */
final class CsvTable {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_ROWS = 20_000;

	private static final char BOM = '\uFEFF';

	/** One data row: its physical line in the file and its cells by column name (only columns in the header). */
	record Row(int line, Map<String, String> values, boolean extraValues) {

		boolean has(String column) {
			return values.containsKey(column);
		}

		/** The trimmed cell, or {@code null} when it is empty or its column is absent. */
		@Nullable String get(String column) {
			String value = values.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	private final List<Problem> problems = new ArrayList<>();

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private final ImportType type;

	private CsvTable(ImportType type) {
		this.type = type;
	}

	static CsvTable read(byte[] content, ImportType type) {
		var table = new CsvTable(type);
		table.parse(content);
		if (!table.problems.isEmpty()) {
			table.rows.clear();
		}
		return table;
	}

	boolean ok() {
		return problems.isEmpty();
	}

	List<Problem> problems() {
		return List.copyOf(problems);
	}

	List<Row> rows() {
		return List.copyOf(rows);
	}

	ImportType type() {
		return type;
	}

	/** The column's header as the file wrote it, so that the report speaks the file's language. */
	String header(String column) {
		return headers.getOrDefault(column, column);
	}

	private void parse(byte[] content) {
		if (content.length == 0) {
			problems.add(Problem.of("", "import.file.empty"));
			return;
		}
		if (content.length > MAX_BYTES) {
			problems.add(Problem.of("", "import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
			return;
		}
		if (containsNul(content)) {
			problems.add(Problem.of("", "import.file.binary"));
			return;
		}
		String text = decode(content);
		if (text == null) {
			return;
		}
		if (text.isBlank()) {
			problems.add(Problem.of("", "import.file.empty"));
			return;
		}
		var lines = new CsvLineIndex(text);
		var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
		int lastLine = 1;
		try (CSVParser parser = format.parse(new StringReader(text))) {
			List<@Nullable String> columns = null;
			for (CSVRecord record : parser) {
				lastLine = lines.lineAt((int) record.getCharacterPosition());
				if (columns == null) {
					columns = readHeader(record);
					if (!problems.isEmpty()) {
						return;
					}
				}
				else if (!addRow(record, columns, lastLine)) {
					return;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			problems.add(Problem.of("", "import.file.malformed", lastLine + 1));
			return;
		}
		if (rows.isEmpty()) {
			problems.add(Problem.of("", "import.file.noRows"));
		}
	}

	/** Text never holds a zero byte; spreadsheets (.xlsx), PDFs and images nearly always do. */
	private static boolean containsNul(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	/** Strict UTF-8: Windows-1252 or Latin-1 text must not turn silently into mojibake in the directory. */
	private @Nullable String decode(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(Problem.of("", "import.file.encoding"));
			return null;
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F)) {
			problems.add(Problem.of("", "import.file.binary"));
			return null;
		}
		return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
	}

	/** Excel with an Indonesian locale separates with semicolons; the header line tells which one is used. */
	private static char delimiter(String text) {
		String first = text.strip().lines().findFirst().orElse("");
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

	private List<@Nullable String> readHeader(CSVRecord record) {
		List<@Nullable String> columns = new ArrayList<>();
		Set<String> unknown = new LinkedHashSet<>();
		Set<String> duplicate = new LinkedHashSet<>();
		for (String cell : record) {
			String header = cell.strip();
			ImportType.Column column = header.isEmpty() ? null : type.column(header);
			if (!header.isEmpty() && column == null) {
				unknown.add(header);
			}
			else if (column != null && headers.putIfAbsent(column.name(), header) != null) {
				duplicate.add(header);
			}
			columns.add(column == null ? null : column.name());
		}
		List<String> missing = type.columns()
			.stream()
			.filter(c -> c.required() && !headers.containsKey(c.name()))
			.map(ImportType.Column::name)
			.toList();
		if (!unknown.isEmpty()) {
			problems.add(Problem.of("", "import.file.unknownColumns", String.join(", ", unknown)));
		}
		if (!duplicate.isEmpty()) {
			problems.add(Problem.of("", "import.file.duplicateColumns", String.join(", ", duplicate)));
		}
		if (!missing.isEmpty()) {
			problems.add(Problem.of("", "import.file.missingColumns", String.join(", ", missing)));
		}
		return columns;
	}

	/** @return false once the file holds more rows than allowed */
	private boolean addRow(CSVRecord record, List<@Nullable String> columns, int line) {
		Map<String, String> values = new LinkedHashMap<>();
		boolean extra = false;
		boolean blank = true;
		for (int i = 0; i < record.size(); i++) {
			String cell = record.get(i);
			blank &= cell.isBlank();
			String column = i < columns.size() ? columns.get(i) : null;
			if (column != null) {
				values.put(column, cell);
			}
			else {
				extra |= !cell.isBlank();
			}
		}
		if (blank) {
			return true;
		}
		columns.stream().filter(c -> c != null && !values.containsKey(c)).forEach(c -> values.put(c, ""));
		if (rows.size() == MAX_ROWS) {
			problems.add(Problem.of("", "import.file.tooManyRows", MAX_ROWS));
			return false;
		}
		rows.add(new Row(line, values, extra));
		return true;
	}

}
