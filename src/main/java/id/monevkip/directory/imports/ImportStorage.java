package id.monevkip.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.monevkip.directory.imports.ImportReport.Line;
import id.monevkip.directory.imports.ImportReport.Problem;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.NotFoundException;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Uploaded import files and their results under {@code ${app.data-dir}/imports}, named by a random UUID
 * (never by the client's file name). Keeping them on disk rather than in the session lets the preview
 * and the confirmation run on any node and survive a restart. Files left behind are purged after a week.
 */
@Slf4j
@Component
class ImportStorage {

	static final Duration KEEP = Duration.ofDays(7);

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Path directory;

	private final Clock clock;

	ImportStorage(AppProperties properties, Clock clock) {
		this.directory = properties.dataDir().resolve("imports");
		this.clock = clock;
	}

	/**
	 * Stores at most one byte more than an import may have: enough for the size check to refuse the
	 * file without filling the disk with whatever was sent.
	 */
	String store(InputStream content) {
		String id = UUID.randomUUID().toString();
		try (content) {
			Files.createDirectories(directory);
			Files.write(csv(id), content.readNBytes(CsvTable.MAX_BYTES + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return id;
	}

	/** @throws NotFoundException for an id that is malformed or not (any longer) stored */
	byte[] read(String id) {
		try {
			return Files.readAllBytes(existing(csv(checked(id))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean hasResult(String id) {
		return Files.exists(result(checked(id)));
	}

	void delete(String id) {
		try {
			Files.deleteIfExists(csv(checked(id)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the report as CSV records: F = file problem, L = line, P = problem of the preceding line. */
	void saveResult(String id, ImportReport report) {
		try (var printer = new CSVPrinter(Files.newBufferedWriter(result(checked(id)), StandardCharsets.UTF_8),
				CSVFormat.DEFAULT)) {
			for (Problem problem : report.fileProblems()) {
				printer.printRecord(problemRecord("F", problem));
			}
			for (Line line : report.lines()) {
				printer.printRecord("L", line.number(), line.status(), line.label(), line.name());
				for (Problem problem : line.problems()) {
					printer.printRecord(problemRecord("P", problem));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> problemRecord(String kind, Problem problem) {
		List<Object> values = new ArrayList<>(List.of(kind, problem.column(), problem.key()));
		values.addAll(problem.args());
		return values;
	}

	/** @throws NotFoundException when no result is stored under this id */
	ImportReport loadResult(String id) {
		List<Problem> fileProblems = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		try (var reader = Files.newBufferedReader(existing(result(checked(id))), StandardCharsets.UTF_8);
				var parser = CSVFormat.DEFAULT.parse(reader)) {
			for (CSVRecord record : parser) {
				switch (record.get(0)) {
					case "F" -> fileProblems.add(problemOf(record));
					case "P" -> {
						Line last = lines.remove(lines.size() - 1);
						List<Problem> problems = new ArrayList<>(last.problems());
						problems.add(problemOf(record));
						lines.add(new Line(last.number(), last.status(), last.label(), last.name(), problems));
					}
					default -> lines.add(new Line(Integer.parseInt(record.get(1)), ImportStatus.valueOf(record.get(2)),
							record.get(3), record.get(4), List.of()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ImportReport(fileProblems, lines);
	}

	private static Problem problemOf(CSVRecord record) {
		return new Problem(record.get(1), record.get(2), record.toList().subList(3, record.size()));
	}

	/** Removes uploads and results older than {@link #KEEP}: nobody confirms an import after a week. */
	void purge() {
		if (!Files.isDirectory(directory)) {
			return;
		}
		Instant limit = clock.instant().minus(KEEP);
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(limit)) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not purge old imports in {}: {}", directory, ex.getMessage());
		}
	}

	private static String checked(String id) {
		if (!ID.matcher(id).matches()) {
			throw new NotFoundException("Import " + id);
		}
		return id;
	}

	private static Path existing(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new NotFoundException("Import file " + file.getFileName());
		}
		return file;
	}

	private Path csv(String id) {
		return directory.resolve(id + ".csv");
	}

	private Path result(String id) {
		return directory.resolve(id + ".result.csv");
	}

}
