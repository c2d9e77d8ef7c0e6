package id.monevkip.directory.imports;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.monevkip.directory.PpidType;
import id.monevkip.directory.imports.ImportBodyValidator.BodyRow;
import id.monevkip.directory.imports.ImportReport.Line;
import id.monevkip.directory.imports.ImportReport.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImportBodyValidatorTests {

	static final String HEADER = "kode,nama,kategori,wilayah,induk,jenis_ppid,website,email,telepon,alamat\n";

	static final BodyRow ROOT = new BodyRow("ROOT", "Pemkab", "PEMKAB_PEMKOT", "64.02", null, PpidType.UTAMA, null,
			null, null, null);

	static final BodyRow CHILD = new BodyRow("CHILD", "Dinas", "PD_KABKOTA", "64.02", "ROOT", PpidType.PELAKSANA,
			"https://dinas.go.id", "ppid@dinas.go.id", "0541-1", "Jl. A");

	final FakeDirectory directory = new FakeDirectory();

	static class FakeDirectory implements ImportBodyValidator.Lookups {

		final Map<String, Boolean> categories = new HashMap<>(
				Map.of("PEMKAB_PEMKOT", true, "PD_KABKOTA", true, "DESA", true, "LAMA", false));

		final Set<String> regions = Set.of("64", "64.02");

		final Map<String, BodyRow> bodies = new HashMap<>(Map.of("ROOT", ROOT, "CHILD", CHILD));

		@Override
		public boolean categoryExists(String code) {
			return categories.containsKey(code);
		}

		@Override
		public boolean categoryActive(String code) {
			return categories.getOrDefault(code, false);
		}

		@Override
		public boolean regionExists(String code) {
			return regions.contains(code);
		}

		@Override
		public @Nullable BodyRow stored(String code) {
			return bodies.get(code);
		}

	}

	ImportBodyValidator.Outcome validate(String csv) {
		return ImportBodyValidator.validate(CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportType.BODIES),
				directory);
	}

	List<Line> lines(String rows) {
		return validate(HEADER + rows).report().lines();
	}

	@Test
	void classifiesNewChangedAndUnchangedRows() {
		var outcome = validate(HEADER + """
				NEW-1,Baru,DESA,,ROOT,DESA,,,,
				ROOT,Pemkab,PEMKAB_PEMKOT,64.02,,UTAMA,,,,
				CHILD,Dinas Baru,PD_KABKOTA,64.02,ROOT,PELAKSANA,https://dinas.go.id,ppid@dinas.go.id,0541-1,Jl. A
				""");
		assertThat(outcome.report().lines()).extracting(Line::status)
			.containsExactly(ImportStatus.NEW, ImportStatus.UNCHANGED, ImportStatus.CHANGED);
		assertThat(outcome.changes()).extracting(BodyRow::code).containsExactly("NEW-1", "CHILD");
	}

	@Test
	void upperCasesCodesSoThatTypedLowerCaseStillMatches() {
		var line = lines("root,Pemkab,pemkab_pemkot,64.02,,utama,,,,\n").get(0);
		assertThat(line.status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(line.label()).isEqualTo("ROOT");
	}

	@Test
	void marksTheSecondRowWithTheSameCodeInvalid() {
		var lines = lines("X-1,Satu,DESA,,,DESA,,,,\nX-1,Dua,DESA,,,DESA,,,,\n");
		assertThat(lines.get(0).status()).isEqualTo(ImportStatus.NEW);
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("kode", "import.reason.duplicateCode", 2));
	}

	@Test
	void acceptsAParentCreatedOnAnEarlierLine() {
		var outcome = validate(HEADER + "P-1,Induk,DESA,,,UTAMA,,,,\nC-1,Anak,DESA,,P-1,DESA,,,,\n");
		assertThat(outcome.report().lines()).extracting(Line::status).containsOnly(ImportStatus.NEW);
		assertThat(outcome.changes().get(1).parentCode()).isEqualTo("P-1");
	}

	@Test
	void refusesAParentThatOnlyAppearsOnALaterLine() {
		var lines = lines("C-1,Anak,DESA,,P-1,DESA,,,,\nP-1,Induk,DESA,,,UTAMA,,,,\n");
		assertThat(lines.get(0).problems()).containsExactly(Problem.of("induk", "import.reason.parentUnknown", "P-1"));
		assertThat(lines.get(1).status()).isEqualTo(ImportStatus.NEW);
	}

	@Test
	void refusesAParentWhoseOwnRowIsInvalid() {
		var lines = lines("P-1,,DESA,,,UTAMA,,,,\nC-1,Anak,DESA,,P-1,DESA,,,,\n");
		assertThat(lines.get(1).problems())
			.containsExactly(Problem.of("induk", "import.reason.parentInvalid", "P-1", 2));
	}

	@Test
	void refusesPlacingABodyUnderItselfOrItsDescendant() {
		var lines = lines("ROOT,Pemkab,PEMKAB_PEMKOT,64.02,CHILD,UTAMA,,,,\nSELF,Diri,DESA,,SELF,DESA,,,,\n");
		assertThat(lines.get(0).problems()).containsExactly(Problem.of("induk", "import.reason.parentCycle", "CHILD"));
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("induk", "import.reason.parentCycle", "SELF"));
	}

	@Test
	void refusesACycleThroughABodyCreatedEarlierInTheSameFile() {
		var lines = lines("GRAND,Cucu,DESA,,CHILD,DESA,,,,\nROOT,Pemkab,PEMKAB_PEMKOT,64.02,GRAND,UTAMA,,,,\n");
		assertThat(lines.get(0).status()).isEqualTo(ImportStatus.NEW);
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("induk", "import.reason.parentCycle", "GRAND"));
	}

	@Test
	void keepsStoredValuesOfOptionalColumnsMissingFromTheFile() {
		var outcome = validate("kode,nama,kategori,jenis_ppid\nCHILD,Dinas,PD_KABKOTA,PELAKSANA\n");
		assertThat(outcome.report().lines().get(0).status()).isEqualTo(ImportStatus.UNCHANGED);
	}

	@Test
	void keepsAnInactiveCategoryABodyAlreadyHasButRefusesItForOthers() {
		directory.bodies.put("OLD", new BodyRow("OLD", "Lama", "LAMA", null, null, PpidType.UTAMA, null, null, null, null));
		var lines = lines("OLD,Lama,LAMA,,,UTAMA,,,,\nNEW-2,Baru,LAMA,,,UTAMA,,,,\n");
		assertThat(lines.get(0).status()).isEqualTo(ImportStatus.UNCHANGED);
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("kategori", "import.reason.categoryInactive", "LAMA"));
	}

	@Test
	void namesTheColumnAsTheFileWroteIt() {
		var lines = validate("code,name,category,ppid_type\nX-2,,DESA,DESA\n").report().lines();
		assertThat(lines.get(0).problems()).containsExactly(Problem.of("name", "import.reason.required"));
	}

	static Stream<Arguments> invalidCells() {
		String longName = "N".repeat(201);
		return Stream.of(Arguments.of(",Nama,DESA,,,DESA,,,,", "kode", "import.reason.required", List.of()),
				Arguments.of("A,Nama,DESA,,,DESA,,,,", "kode", "import.reason.codeFormat", List.of()),
				Arguments.of("A B,Nama,DESA,,,DESA,,,,", "kode", "import.reason.codeFormat", List.of()),
				Arguments.of("K-1,,DESA,,,DESA,,,,", "nama", "import.reason.required", List.of()),
				Arguments.of("K-1," + longName + ",DESA,,,DESA,,,,", "nama", "import.reason.tooLong", List.of("200")),
				Arguments.of("K-1,Nama,,,,DESA,,,,", "kategori", "import.reason.required", List.of()),
				Arguments.of("K-1,Nama,NOPE,,,DESA,,,,", "kategori", "import.reason.categoryUnknown", List.of("NOPE")),
				Arguments.of("K-1,Nama,DESA,99.99,,DESA,,,,", "wilayah", "import.reason.regionUnknown", List.of("99.99")),
				Arguments.of("K-1,Nama,DESA,,NOPE,DESA,,,,", "induk", "import.reason.parentUnknown", List.of("NOPE")),
				Arguments.of("K-1,Nama,DESA,,,,,,,", "jenis_ppid", "import.reason.required", List.of()),
				Arguments.of("K-1,Nama,DESA,,,KECIL,,,,", "jenis_ppid", "import.reason.ppidType", List.of("KECIL")),
				Arguments.of("K-1,Nama,DESA,,,DESA,www.desa.id,,,", "website", "import.reason.website", List.of()),
				Arguments.of("K-1,Nama,DESA,,,DESA,ftp://desa.id,,,", "website", "import.reason.website", List.of()),
				Arguments.of("K-1,Nama,DESA,,,DESA,,ppid@desa,,", "email", "import.reason.email", List.of()),
				Arguments.of("K-1,Nama,DESA,,,DESA,,,telp kantor,", "telepon", "import.reason.phone", List.of()),
				Arguments.of("K-1,Nama,DESA,,,DESA,,,," + "a".repeat(401), "alamat", "import.reason.tooLong", List.of("400")),
				Arguments.of("K-1,Nama,DESA,,,DESA,,,,,lebih", "", "import.reason.extraValues", List.of()));
	}

	@ParameterizedTest
	@MethodSource("invalidCells")
	void reportsEachInvalidCellWithColumnAndReason(String row, String column, String key, List<String> args) {
		Line line = lines(row + "\n").get(0);
		assertThat(line.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(line.number()).isEqualTo(2);
		assertThat(line.problems()).containsExactly(new Problem(column, key, args));
	}

	@Test
	void acceptsAFullyValidRow() {
		var line = lines("K-1,Desa Pela,DESA,64.02,ROOT,DESA,https://pela.desa.id/profil,ppid@pela.desa.id,+62 812-3456,Jl. Danau\n")
			.get(0);
		assertThat(line.problems()).isEmpty();
		assertThat(line.status()).isEqualTo(ImportStatus.NEW);
	}

	@Test
	void reportsFileProblemsWithoutRows() {
		var report = validate("nama\nX\n").report();
		assertThat(report.fileProblems()).isNotEmpty();
		assertThat(report.lines()).isEmpty();
		assertThat(report.importable()).isZero();
	}

}
