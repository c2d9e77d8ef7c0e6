package id.monevkip.ranking.history;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.monevkip.cycle.Band;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports final results of earlier years from CSV (columns {@code tahun, kode_badan, kategori, nilai_akhir,
 * kualifikasi}; the category defaults to the body's, the band is derived from the score with KI's bands when
 * empty). All or nothing: one bad line and nothing is saved, with every problem named by its line. A year and body
 * imported again is replaced.
 */
@Service
@RequiredArgsConstructor
public class HistoryImport {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_PROBLEMS = 100;

	static final int FIRST_YEAR = 2000;

	private static final List<String> REQUIRED = List.of("tahun", "kode_badan", "nilai_akhir");

	private final HistoricalResultRepository results;

	private final DirectoryManagement directory;

	private final Clock clock;

	@Transactional
	public HistoryImportResult importFile(@Nullable String fileName, byte[] content, CurrentUser user) {
		var problems = new ArrayList<HistoryProblem>();
		var lines = read(content, problems);
		if (!problems.isEmpty()) {
			return new HistoryImportResult(0, 0, 0, List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))));
		}
		int added = 0;
		int replaced = 0;
		var now = clock.instant();
		String source = fileName == null || fileName.isBlank() ? "CSV" : fileName.strip();
		source = source.length() > 200 ? source.substring(0, 200) : source;
		for (var line : lines) {
			var existing = results.findByYearAndBodyId(line.year(), line.bodyId());
			var row = existing.orElseGet(() -> new HistoricalResult(line.year(), line.bodyId()));
			row.take(line, source, user.displayName(), now);
			results.save(row);
			if (existing.isPresent()) {
				replaced++;
			}
			else {
				added++;
			}
		}
		return new HistoryImportResult(added, replaced, (int) lines.stream().filter(HistoryLine::bandDerived).count(),
				List.of());
	}

	@Transactional(readOnly = true)
	public List<HistoricalResultRepository.YearCount> years() {
		return results.years();
	}

	private List<HistoryLine> read(byte[] content, List<HistoryProblem> problems) {
		if (content.length == 0) {
			problems.add(new HistoryProblem(0, "ranking.history.empty"));
			return List.of();
		}
		if (content.length > MAX_BYTES) {
			problems.add(new HistoryProblem(0, "ranking.history.tooBig", MAX_BYTES / (1024 * 1024)));
			return List.of();
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(new HistoryProblem(0, "ranking.history.encoding"));
			return List.of();
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String header = text.lines().findFirst().orElse("");
		char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		var categories = directory.categories().stream().collect(Collectors.toMap(CategoryView::code, c -> c));
		var bodies = new HashMap<String, Optional<BodyView>>();
		var seen = new HashMap<String, Integer>();
		var lines = new ArrayList<HistoryLine>();
		int lastYear = clock.instant().atZone(Wita.ZONE).getYear();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			Map<String, String> columns = new HashMap<>();
			parser.getHeaderNames().forEach(name -> columns.put(name.strip().toLowerCase(Locale.ROOT), name));
			for (var required : REQUIRED) {
				if (!columns.containsKey(required)) {
					problems.add(new HistoryProblem(1, "ranking.history.missingColumn", required));
				}
			}
			if (!problems.isEmpty()) {
				return List.of();
			}
			for (CSVRecord record : parser) {
				int line = (int) record.getRecordNumber() + 1;
				var line0 = line(record, line, columns, categories, bodies, lastYear, problems);
				if (line0 == null) {
					continue;
				}
				var key = line0.year() + "/" + line0.bodyId();
				var first = seen.putIfAbsent(key, line);
				if (first != null) {
					problems.add(new HistoryProblem(line, "ranking.history.duplicate", first));
					continue;
				}
				lines.add(line0);
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new HistoryProblem(0, "ranking.history.unreadable"));
			return List.of();
		}
		if (lines.isEmpty() && problems.isEmpty()) {
			problems.add(new HistoryProblem(0, "ranking.history.noRows"));
		}
		return lines;
	}

	private @Nullable HistoryLine line(CSVRecord record, int line, Map<String, String> columns,
			Map<String, CategoryView> categories, Map<String, Optional<BodyView>> bodies, int lastYear,
			List<HistoryProblem> problems) {
		int before = problems.size();
		var yearText = cell(record, columns, "tahun");
		Integer year = null;
		try {
			year = yearText == null ? null : Integer.valueOf(yearText);
		}
		catch (NumberFormatException ex) {
			year = null;
		}
		if (year == null || year < FIRST_YEAR || year > lastYear) {
			// years as text: a number argument would be printed with a thousands separator (2.026)
			problems.add(new HistoryProblem(line, "ranking.history.year", yearText == null ? "" : yearText,
					String.valueOf(FIRST_YEAR), String.valueOf(lastYear)));
		}
		var code = cell(record, columns, "kode_badan");
		BodyView body = null;
		if (code == null) {
			problems.add(new HistoryProblem(line, "ranking.history.bodyMissing"));
		}
		else {
			body = bodies.computeIfAbsent(code.toUpperCase(Locale.ROOT), directory::bodyByCode).orElse(null);
			if (body == null) {
				problems.add(new HistoryProblem(line, "ranking.history.unknownBody", code));
			}
		}
		var categoryCode = cell(record, columns, "kategori");
		Long categoryId = body == null ? null : body.categoryId();
		if (categoryCode != null) {
			var category = categories.get(categoryCode.toUpperCase(Locale.ROOT));
			if (category == null) {
				problems.add(new HistoryProblem(line, "ranking.history.unknownCategory", categoryCode));
			}
			else {
				categoryId = category.id();
			}
		}
		var score = score(cell(record, columns, "nilai_akhir"), line, problems);
		var bandText = cell(record, columns, "kualifikasi");
		String band = null;
		if (bandText != null) {
			var normalised = bandText.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
			band = Band.DEFAULTS.stream().map(Band::code).filter(normalised::equals).findFirst().orElse(null);
			if (band == null) {
				problems.add(new HistoryProblem(line, "ranking.history.unknownBand", bandText));
			}
		}
		if (problems.size() > before || year == null || body == null || categoryId == null || score == null) {
			return null;
		}
		boolean derived = band == null;
		if (derived) {
			BigDecimal s = score;
			band = Band.DEFAULTS.stream().filter(b -> b.contains(s)).findFirst().orElseThrow().code();
		}
		return new HistoryLine(line, year, body.id(), categoryId, score, band, derived);
	}

	private static @Nullable BigDecimal score(@Nullable String text, int line, List<HistoryProblem> problems) {
		if (text == null) {
			problems.add(new HistoryProblem(line, "ranking.history.scoreMissing"));
			return null;
		}
		try {
			var score = new BigDecimal(text.replace(',', '.'));
			if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(new HistoryProblem(line, "ranking.history.scoreRange", text));
				return null;
			}
			if (score.stripTrailingZeros().scale() > 2) {
				problems.add(new HistoryProblem(line, "ranking.history.scoreDecimals", text));
				return null;
			}
			return score.setScale(2);
		}
		catch (NumberFormatException ex) {
			problems.add(new HistoryProblem(line, "ranking.history.scoreNumber", text));
			return null;
		}
	}

	private static @Nullable String cell(CSVRecord record, Map<String, String> columns, String column) {
		var name = columns.get(column);
		if (name == null || !record.isMapped(name) || !record.isSet(name)) {
			return null;
		}
		var value = record.get(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

}
