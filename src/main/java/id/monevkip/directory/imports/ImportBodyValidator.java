package id.monevkip.directory.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.body.FieldRules;
import id.monevkip.directory.imports.ImportReport.Line;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a bodies CSV, row by row, without Spring or a database: what exists already comes in
 * through {@link Lookups}. Rows are read in file order, so a parent may be a body created a few lines
 * earlier; a later row cannot be a parent, which also keeps the import order simple.
 */
final class ImportBodyValidator {

	/** What the directory already holds, as far as the rows need it. */
	interface Lookups {

		boolean categoryExists(String code);

		boolean categoryActive(String code);

		boolean regionExists(String code);

		/** The stored body with this code, or its ancestor chain member, as a row would describe it. */
		@Nullable BodyRow stored(String code);

	}

	/** A body as one CSV row describes it; equal to the stored body's row means nothing to do. */
	record BodyRow(String code, String name, String categoryCode, @Nullable String regionCode,
			@Nullable String parentCode, PpidType ppidType, @Nullable String website, @Nullable String email,
			@Nullable String phone, @Nullable String address) {
	}

	/** The report and, in file order, the valid rows that create or change a body. */
	record Outcome(ImportReport report, List<BodyRow> changes) {
	}

	private final CsvTable table;

	private final Lookups lookups;

	private final Map<String, BodyRow> validInFile = new HashMap<>();

	private final Map<String, Integer> firstLine = new HashMap<>();

	private ImportBodyValidator(CsvTable table, Lookups lookups) {
		this.table = table;
		this.lookups = lookups;
	}

	static Outcome validate(CsvTable table, Lookups lookups) {
		if (!table.ok()) {
			return new Outcome(ImportReport.ofFile(table.problems()), List.of());
		}
		return new ImportBodyValidator(table, lookups).run();
	}

	private Outcome run() {
		List<Line> lines = new ArrayList<>();
		List<BodyRow> changes = new ArrayList<>();
		for (CsvTable.Row row : table.rows()) {
			var check = new ImportRowCheck(table, row);
			BodyRow body = read(check);
			String label = Objects.toString(check.code("kode", false), "");
			String name = Objects.toString(row.get("nama"), "");
			if (body == null || !check.valid()) {
				lines.add(new Line(row.line(), ImportStatus.INVALID, label, name, check.problems()));
				continue;
			}
			validInFile.put(body.code(), body);
			BodyRow stored = lookups.stored(body.code());
			ImportStatus status = stored == null ? ImportStatus.NEW
					: stored.equals(body) ? ImportStatus.UNCHANGED : ImportStatus.CHANGED;
			if (status != ImportStatus.UNCHANGED) {
				changes.add(body);
			}
			lines.add(new Line(row.line(), status, label, name, List.of()));
		}
		return new Outcome(new ImportReport(List.of(), lines), changes);
	}

	private @Nullable BodyRow read(ImportRowCheck check) {
		String code = check.code("kode", true);
		if (code != null) {
			code = checkCode(check, code);
		}
		BodyRow stored = code == null ? null : lookups.stored(code);
		String name = check.text("nama", true, FieldRules.BODY_NAME_MAX);
		String category = checkCategory(check, stored);
		String region = keep(check, "wilayah", stored, BodyRow::regionCode, () -> checkRegion(check));
		String parent = keep(check, "induk", stored, BodyRow::parentCode, () -> check.code("induk", false));
		if (code != null && parent != null) {
			checkParent(check, code, parent);
		}
		PpidType ppidType = checkPpidType(check);
		String website = keep(check, "website", stored, BodyRow::website,
				() -> check.formatted("website", FieldRules.WEBSITE_MAX, FieldRules.WEBSITE, "import.reason.website"));
		String email = keep(check, "email", stored, BodyRow::email,
				() -> check.formatted("email", FieldRules.EMAIL_MAX, FieldRules.EMAIL, "import.reason.email"));
		String phone = keep(check, "telepon", stored, BodyRow::phone,
				() -> check.formatted("telepon", FieldRules.PHONE_MAX, FieldRules.PHONE, "import.reason.phone"));
		String address = keep(check, "alamat", stored, BodyRow::address, () -> check.text("alamat", false, FieldRules.ADDRESS_MAX));
		if (code == null || name == null || category == null || ppidType == null) {
			return null;
		}
		return new BodyRow(code, name, category, region, parent, ppidType, website, email, phone, address);
	}

	/** An optional column missing from the header keeps what is stored (or nothing, for a new body). */
	private static @Nullable String keep(ImportRowCheck check, String column, @Nullable BodyRow stored,
			Function<BodyRow, @Nullable String> storedValue, java.util.function.Supplier<@Nullable String> read) {
		if (check.has(column)) {
			return read.get();
		}
		return stored == null ? null : storedValue.apply(stored);
	}

	private String checkCode(ImportRowCheck check, String code) {
		if (!FieldRules.isValidCode(code)) {
			check.fail("kode", "import.reason.codeFormat");
		}
		Integer first = firstLine.putIfAbsent(code, check.line());
		if (first != null) {
			check.fail("kode", "import.reason.duplicateCode", first);
		}
		return code;
	}

	/** An inactive category is refused for new assignments but kept on a body that already has it. */
	private @Nullable String checkCategory(ImportRowCheck check, @Nullable BodyRow stored) {
		String category = check.code("kategori", true);
		if (category == null) {
			return null;
		}
		if (!lookups.categoryExists(category)) {
			check.fail("kategori", "import.reason.categoryUnknown", category);
		}
		else if (!lookups.categoryActive(category) && (stored == null || !category.equals(stored.categoryCode()))) {
			check.fail("kategori", "import.reason.categoryInactive", category);
		}
		return category;
	}

	private @Nullable String checkRegion(ImportRowCheck check) {
		String region = check.text("wilayah", false, FieldRules.REGION_CODE_MAX);
		if (region != null && region.length() <= FieldRules.REGION_CODE_MAX && !lookups.regionExists(region)) {
			check.fail("wilayah", "import.reason.regionUnknown", region);
		}
		return region;
	}

	private void checkParent(ImportRowCheck check, String code, String parent) {
		boolean inFile = firstLine.containsKey(parent) && !parent.equals(code);
		if (inFile && !validInFile.containsKey(parent)) {
			check.fail("induk", "import.reason.parentInvalid", parent, firstLine.get(parent));
		}
		else if (!inFile && !parent.equals(code) && lookups.stored(parent) == null) {
			check.fail("induk", "import.reason.parentUnknown", parent);
		}
		else if (createsCycle(code, parent)) {
			check.fail("induk", "import.reason.parentCycle", parent);
		}
	}

	/** Walks up from the new parent, through earlier rows of the file first, then the stored tree. */
	private boolean createsCycle(String code, String parent) {
		Set<String> seen = new HashSet<>();
		String current = parent;
		while (current != null && seen.add(current)) {
			if (current.equals(code)) {
				return true;
			}
			BodyRow row = validInFile.containsKey(current) ? validInFile.get(current) : lookups.stored(current);
			current = row == null ? null : row.parentCode();
		}
		return false;
	}

	private static @Nullable PpidType checkPpidType(ImportRowCheck check) {
		String value = check.code("jenis_ppid", true);
		if (value == null) {
			return null;
		}
		try {
			return PpidType.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			check.fail("jenis_ppid", "import.reason.ppidType", value);
			return null;
		}
	}

}
