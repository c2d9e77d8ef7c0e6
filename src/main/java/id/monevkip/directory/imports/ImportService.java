package id.monevkip.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * The CSV import of the directory: upload, preview, confirm, result. Deliberately not transactional itself:
 * the stored file is only deleted once the import's own transaction has committed, so a failed import
 * can be confirmed again. Every step reads the stored file anew, because the directory may have changed
 * between the preview and the confirmation.
 */
@Service
@RequiredArgsConstructor
class ImportService {

	private final ImportStorage storage;

	private final ImportRegions regions;

	private final ImportBodies bodies;

	private final ImportAccounts accounts;

	private final Clock clock;

	/** @return the id of the stored upload */
	String upload(InputStream content) {
		storage.purge();
		return storage.store(content);
	}

	/** What confirming would do; 404 for an unknown id. */
	ImportReport preview(String id, ImportType type) {
		CsvTable table = CsvTable.read(storage.read(id), type);
		return switch (type) {
			case REGIONS -> regions.check(table);
			case BODIES -> bodies.check(table);
			case ACCOUNTS -> accounts.check(table);
		};
	}

	/** Whether this upload has been imported already (its result is kept, the file is gone). */
	boolean imported(String id) {
		return storage.hasResult(id);
	}

	/** Imports the valid rows in one transaction. A second confirmation (a double click) does nothing. */
	void confirm(String id, ImportType type) {
		if (storage.hasResult(id)) {
			return;
		}
		CsvTable table = CsvTable.read(storage.read(id), type);
		ImportReport report = switch (type) {
			case REGIONS -> regions.apply(table);
			case BODIES -> bodies.apply(table, clock.instant());
			case ACCOUNTS -> accounts.apply(table, clock.instant());
		};
		storage.saveResult(id, report);
		storage.delete(id);
	}

	/**
	 * The downloadable template: the Indonesian header and example rows, with a byte order mark so that
	 * Excel opens it as UTF-8.
	 */
	byte[] template(ImportType type) {
		var out = new StringBuilder("\uFEFF");
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(type.columns().stream().map(ImportType.Column::name).toList());
			printer.printRecords(type.example());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The report of a confirmed import; 404 when there is none. */
	ImportReport result(String id) {
		return storage.loadResult(id);
	}

}
