package id.monevkip.directory.imports;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.monevkip.directory.imports.ImportAccountValidator.AccountRow;
import id.monevkip.directory.imports.ImportReport.Line;
import id.monevkip.directory.imports.ImportReport.Problem;
import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImportAccountValidatorTests {

	static final String HEADER = "email,nama,peran,kode_badan,jabatan,telepon\n";

	final Map<String, AccountRow> stored = new HashMap<>(Map.of("ada@kukar.test",
			new AccountRow("ada@kukar.test", "Ada", Set.of(Role.RESPONDENT), "DISKOMINFO", "Staf", null),
			"admin@ki.test", new AccountRow("admin@ki.test", "Admin", Set.of(Role.ADMIN), null, null, null)));

	final ImportAccountValidator.Lookups lookups = new ImportAccountValidator.Lookups() {

		@Override
		public @Nullable AccountRow stored(String email) {
			return stored.get(email);
		}

		@Override
		public boolean bodyExists(String code) {
			return Set.of("DISKOMINFO", "PEMKAB").contains(code);
		}

	};

	ImportAccountValidator.Outcome validate(String csv) {
		return ImportAccountValidator
			.validate(CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportType.ACCOUNTS), lookups);
	}

	List<Line> lines(String rows) {
		return validate(HEADER + rows).report().lines();
	}

	@Test
	void matchesAccountsByLowerCasedEmail() {
		var outcome = validate(HEADER + """
				Ada@Kukar.TEST,Ada,RESPONDENT,diskominfo,Staf,
				ada2@kukar.test,Ada Dua,coordinator|respondent,PEMKAB,,
				admin@ki.test,Admin Baru,ADMIN,,,
				""");
		assertThat(outcome.report().lines()).extracting(Line::status)
			.containsExactly(ImportStatus.UNCHANGED, ImportStatus.NEW, ImportStatus.CHANGED);
		assertThat(outcome.changes().get(0).roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.RESPONDENT);
		assertThat(outcome.report().lines().get(0).label()).isEqualTo("ada@kukar.test");
	}

	@Test
	void marksTheSecondRowWithTheSameEmailInvalid() {
		var lines = lines("x@a.test,X,JUROR,,,\nX@A.test,X,JUROR,,,\n");
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("email", "import.reason.duplicateEmail", 2));
	}

	@Test
	void keepsStoredValuesOfOptionalColumnsMissingFromTheFile() {
		var outcome = validate("email,nama,peran\nada@kukar.test,Ada,RESPONDENT\n");
		assertThat(outcome.report().lines().get(0).status()).isEqualTo(ImportStatus.UNCHANGED);
	}

	@Test
	void neverTakesTheAdminRoleAway() {
		var lines = lines("admin@ki.test,Admin,JUROR,,,\n");
		assertThat(lines.get(0).problems()).containsExactly(Problem.of("peran", "import.reason.adminRoleKept"));
	}

	static Stream<Arguments> invalidCells() {
		return Stream.of(Arguments.of(",X,JUROR,,,", "email", "import.reason.required", List.of()),
				Arguments.of("x@,X,JUROR,,,", "email", "import.reason.email", List.of()),
				Arguments.of("x@a.test,,JUROR,,,", "nama", "import.reason.required", List.of()),
				Arguments.of("x@a.test," + "n".repeat(121) + ",JUROR,,,", "nama", "import.reason.tooLong", List.of("120")),
				Arguments.of("x@a.test,X,,,,", "peran", "import.reason.required", List.of()),
				Arguments.of("x@a.test,X,|,,,", "peran", "import.reason.required", List.of()),
				Arguments.of("x@a.test,X,JUROR|BOSS,,,", "peran", "import.reason.roleUnknown", List.of("BOSS")),
				Arguments.of("x@a.test,X,RESPONDENT,,,", "kode_badan", "import.reason.bodyRequired", List.of()),
				Arguments.of("x@a.test,X,RESPONDENT,NOPE,,", "kode_badan", "import.reason.bodyUnknown", List.of("NOPE")),
				Arguments.of("x@a.test,X,ASSESSOR,PEMKAB,,", "kode_badan", "import.reason.bodyNotAllowed", List.of()),
				Arguments.of("x@a.test,X,JUROR,," + "j".repeat(121) + ",", "jabatan", "import.reason.tooLong", List.of("120")),
				Arguments.of("x@a.test,X,JUROR,,,hubungi saya", "telepon", "import.reason.phone", List.of()));
	}

	@ParameterizedTest
	@MethodSource("invalidCells")
	void reportsEachInvalidCellWithColumnAndReason(String row, String column, String key, List<String> args) {
		Line line = lines(row + "\n").get(0);
		assertThat(line.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(line.problems()).containsExactly(new Problem(column, key, args));
	}

}
