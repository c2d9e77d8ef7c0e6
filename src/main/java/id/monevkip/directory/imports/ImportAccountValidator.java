package id.monevkip.directory.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.monevkip.directory.account.Account;
import id.monevkip.directory.body.FieldRules;
import id.monevkip.directory.imports.ImportReport.Line;
import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * The rules for an accounts CSV, row by row, without Spring or a database. Accounts are matched by their
 * lower-cased email; an import sets profiles and roles, never passwords.
 */
final class ImportAccountValidator {

	/** What the directory already holds, as far as the rows need it. */
	interface Lookups {

		@Nullable AccountRow stored(String email);

		boolean bodyExists(String code);

	}

	/** An account as one CSV row describes it; equal to the stored account's row means nothing to do. */
	record AccountRow(String email, String displayName, Set<Role> roles, @Nullable String bodyCode,
			@Nullable String position, @Nullable String phone) {

		AccountRow {
			roles = Set.copyOf(roles);
		}

	}

	/** The report and, in file order, the valid rows that create or change an account. */
	record Outcome(ImportReport report, List<AccountRow> changes) {
	}

	private ImportAccountValidator() {
	}

	static Outcome validate(CsvTable table, Lookups lookups) {
		if (!table.ok()) {
			return new Outcome(ImportReport.ofFile(table.problems()), List.of());
		}
		List<Line> lines = new ArrayList<>();
		List<AccountRow> changes = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (CsvTable.Row row : table.rows()) {
			var check = new ImportRowCheck(table, row);
			AccountRow account = read(check, lookups, firstLine);
			String label = Objects.toString(row.get("email"), "").toLowerCase(Locale.ROOT);
			String name = Objects.toString(row.get("nama"), "");
			if (account == null || !check.valid()) {
				lines.add(new Line(row.line(), ImportStatus.INVALID, label, name, check.problems()));
				continue;
			}
			AccountRow stored = lookups.stored(account.email());
			ImportStatus status = stored == null ? ImportStatus.NEW
					: stored.equals(account) ? ImportStatus.UNCHANGED : ImportStatus.CHANGED;
			if (status != ImportStatus.UNCHANGED) {
				changes.add(account);
			}
			lines.add(new Line(row.line(), status, label, name, List.of()));
		}
		return new Outcome(new ImportReport(List.of(), lines), changes);
	}

	private static @Nullable AccountRow read(ImportRowCheck check, Lookups lookups, Map<String, Integer> firstLine) {
		String email = check.formatted("email", FieldRules.EMAIL_MAX, FieldRules.EMAIL, "import.reason.email");
		AccountRow stored = null;
		if (email == null) {
			check.fail("email", "import.reason.required");
		}
		else {
			email = Account.normalise(email);
			Integer first = firstLine.putIfAbsent(email, check.line());
			if (first != null) {
				check.fail("email", "import.reason.duplicateEmail", first);
			}
			stored = lookups.stored(email);
		}
		String name = check.text("nama", true, FieldRules.PERSON_NAME_MAX);
		Set<Role> roles = roles(check, stored);
		String body = body(check, lookups, stored, roles);
		String position = check.has("jabatan") ? check.text("jabatan", false, FieldRules.POSITION_MAX)
				: stored == null ? null : stored.position();
		String phone = check.has("telepon")
				? check.formatted("telepon", FieldRules.PHONE_MAX, FieldRules.PHONE, "import.reason.phone")
				: stored == null ? null : stored.phone();
		if (email == null || name == null || roles.isEmpty()) {
			return null;
		}
		return new AccountRow(email, name, roles, body, position, phone);
	}

	/** Roles separated by "|". An import never takes ADMIN away: that could lock every administrator out. */
	private static Set<Role> roles(ImportRowCheck check, @Nullable AccountRow stored) {
		String value = check.code("peran", true);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (value == null) {
			return roles;
		}
		boolean unknown = false;
		for (String part : value.split("\\|")) {
			String name = part.strip();
			if (name.isEmpty()) {
				continue;
			}
			try {
				roles.add(Role.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				check.fail("peran", "import.reason.roleUnknown", name);
				unknown = true;
			}
		}
		if (roles.isEmpty() && !unknown) {
			check.fail("peran", "import.reason.required");
		}
		if (stored != null && stored.roles().contains(Role.ADMIN) && !roles.isEmpty() && !roles.contains(Role.ADMIN)) {
			check.fail("peran", "import.reason.adminRoleKept");
		}
		return roles;
	}

	/** Coordinators and respondents act for one body; other roles act for none. */
	private static @Nullable String body(ImportRowCheck check, Lookups lookups, @Nullable AccountRow stored,
			Set<Role> roles) {
		boolean needsBody = roles.stream().anyMatch(Role::needsBody);
		String code = check.has("kode_badan") ? check.code("kode_badan", false)
				: needsBody && stored != null ? stored.bodyCode() : null;
		if (code == null) {
			if (needsBody) {
				check.fail("kode_badan", "import.reason.bodyRequired");
			}
			return null;
		}
		if (!needsBody && !roles.isEmpty()) {
			check.fail("kode_badan", "import.reason.bodyNotAllowed");
		}
		else if (!lookups.bodyExists(code)) {
			check.fail("kode_badan", "import.reason.bodyUnknown", code);
		}
		return code;
	}

}
