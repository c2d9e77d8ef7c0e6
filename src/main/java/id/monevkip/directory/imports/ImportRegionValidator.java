package id.monevkip.directory.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.monevkip.directory.body.FieldRules;
import id.monevkip.directory.imports.ImportReport.Line;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a regions CSV, row by row, without Spring or a database. A region's parent is its code
 * without the last part (64.02.06 lies in 64.02), so the file needs no parent column; the parent must be
 * stored already or come on an earlier valid row, which lets one file hold a whole province top-down.
 */
final class ImportRegionValidator {

	/** What the directory already holds, as far as the rows need it. */
	interface Lookups {

		/** The stored name of the region with this code, or {@code null} when there is none. */
		@Nullable String storedName(String code);

	}

	/** A region as one CSV row describes it; its parent code is derived from its own code. */
	record RegionRow(String code, String name) {

		/** {@code null} for a province. */
		@Nullable String parentCode() {
			int dot = code.lastIndexOf('.');
			return dot < 0 ? null : code.substring(0, dot);
		}

	}

	/** The report and, in file order (parents before children), the valid rows that create or rename a region. */
	record Outcome(ImportReport report, List<RegionRow> changes) {
	}

	private final CsvTable table;

	private final Lookups lookups;

	private final Map<String, RegionRow> validInFile = new HashMap<>();

	private final Map<String, Integer> firstLine = new HashMap<>();

	private ImportRegionValidator(CsvTable table, Lookups lookups) {
		this.table = table;
		this.lookups = lookups;
	}

	static Outcome validate(CsvTable table, Lookups lookups) {
		if (!table.ok()) {
			return new Outcome(ImportReport.ofFile(table.problems()), List.of());
		}
		return new ImportRegionValidator(table, lookups).run();
	}

	private Outcome run() {
		List<Line> lines = new ArrayList<>();
		List<RegionRow> changes = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			var check = new ImportRowCheck(table, row);
			RegionRow region = read(check);
			String label = Objects.toString(row.get("kode"), "");
			String name = Objects.toString(row.get("nama"), "");
			if (region == null || !check.valid()) {
				lines.add(new Line(row.line(), ImportStatus.INVALID, label, name, check.problems()));
				continue;
			}
			validInFile.put(region.code(), region);
			String stored = lookups.storedName(region.code());
			ImportStatus status = stored == null ? ImportStatus.NEW
					: stored.equals(region.name()) ? ImportStatus.UNCHANGED : ImportStatus.CHANGED;
			if (status != ImportStatus.UNCHANGED) {
				changes.add(region);
			}
			lines.add(new Line(row.line(), status, label, name, List.of()));
		}
		return new Outcome(new ImportReport(List.of(), lines), changes);
	}

	private @Nullable RegionRow read(ImportRowCheck check) {
		// The format alone bounds the length; "too long" would not tell what a region code looks like.
		String code = check.code("kode", true);
		if (code != null && !FieldRules.REGION_CODE.matcher(code).matches()) {
			check.fail("kode", "import.reason.regionCodeFormat");
		}
		else if (code != null && check.valid()) {
			checkPlace(check, code);
		}
		String name = check.text("nama", true, FieldRules.REGION_NAME_MAX);
		return code == null || name == null ? null : new RegionRow(code, name);
	}

	/** Checked only for a well-formed code: a parent derived from a malformed one would only add noise. */
	private void checkPlace(ImportRowCheck check, String code) {
		Integer first = firstLine.putIfAbsent(code, check.line());
		if (first != null) {
			check.fail("kode", "import.reason.duplicateCode", first);
			return;
		}
		String parent = new RegionRow(code, "").parentCode();
		if (parent == null || validInFile.containsKey(parent) || lookups.storedName(parent) != null) {
			return;
		}
		if (firstLine.containsKey(parent)) {
			check.fail("kode", "import.reason.regionParentInvalid", parent, firstLine.get(parent));
		}
		else {
			check.fail("kode", "import.reason.regionParentUnknown", parent);
		}
	}

}
