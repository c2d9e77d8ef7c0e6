package id.monevkip.directory.imports;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.directory.imports.ImportRegionValidator.RegionRow;
import id.monevkip.directory.imports.ImportReport.Line;
import id.monevkip.directory.imports.ImportReport.Problem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRegionValidatorTests {

	static final String HEADER = "kode,nama\n";

	final Map<String, String> stored = new HashMap<>(
			Map.of("64", "Provinsi Kalimantan Timur", "64.02", "Kabupaten Kutai Kartanegara"));

	final ImportRegionValidator.Lookups lookups = new ImportRegionValidator.Lookups() {

		@Override
		public @Nullable String storedName(String code) {
			return stored.get(code);
		}

	};

	ImportRegionValidator.Outcome validate(String csv) {
		return ImportRegionValidator.validate(CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportType.REGIONS),
				lookups);
	}

	List<Line> lines(String rows) {
		return validate(HEADER + rows).report().lines();
	}

	@ParameterizedTest
	@ValueSource(strings = { "64.02.06", "64.02.06.2012", "65" })
	void acceptsKemendagriCodesOfEveryLevel(String code) {
		stored.put("64.02.06", "Kecamatan Tenggarong");
		var line = lines(code + ",Wilayah Baru\n").get(0);
		assertThat(line.problems()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "6", "640", "64.2", "64.02.6", "64.02.06.201", "64.02.06.20120", "64-02", "64.02.",
			"64.02.06.2012.01", "AB", "\uFF16\uFF14" })
	void refusesCodesThatAreNotKemendagriCodes(String code) {
		var line = lines(code + ",Wilayah Salah\n").get(0);
		assertThat(line.status()).isEqualTo(ImportStatus.INVALID);
		assertThat(line.problems()).contains(Problem.of("kode", "import.reason.regionCodeFormat"));
	}

	@Test
	void refusesAMissingCodeOrNameAndATooLongName() {
		var lines = lines(",Tanpa Kode\n64.03,\n64.04," + "N".repeat(121) + "\n64.05," + "N".repeat(120) + "\n");
		assertThat(lines.get(0).problems()).containsExactly(Problem.of("kode", "import.reason.required"));
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("nama", "import.reason.required"));
		assertThat(lines.get(2).problems()).containsExactly(Problem.of("nama", "import.reason.tooLong", 120));
		assertThat(lines.get(3).status()).isEqualTo(ImportStatus.NEW);
	}

	@Test
	void refusesARegionWhoseParentIsNeitherStoredNorOnAnEarlierLine() {
		var lines = lines("64.09.01,Kecamatan Baru\n66.01,Kabupaten Lain\n");
		assertThat(lines.get(0).problems())
			.containsExactly(Problem.of("kode", "import.reason.regionParentUnknown", "64.09"));
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("kode", "import.reason.regionParentUnknown", "66"));
	}

	@Test
	void acceptsAWholeProvinceWrittenTopDown() {
		var outcome = validate(HEADER + "65,Provinsi Kalimantan Utara\n65.01,Kabupaten Malinau\n"
				+ "65.01.01,Kecamatan Malinau Kota\n65.01.01.2001,Desa Malinau Hulu\n");
		assertThat(outcome.report().lines()).extracting(Line::status).containsOnly(ImportStatus.NEW);
		assertThat(outcome.changes()).extracting(RegionRow::code, RegionRow::parentCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("65", null),
					org.assertj.core.groups.Tuple.tuple("65.01", "65"),
					org.assertj.core.groups.Tuple.tuple("65.01.01", "65.01"),
					org.assertj.core.groups.Tuple.tuple("65.01.01.2001", "65.01.01"));
	}

	@Test
	void refusesAParentThatOnlyAppearsOnALaterLine() {
		var lines = lines("65.01,Kabupaten Malinau\n65,Provinsi Kalimantan Utara\n");
		assertThat(lines.get(0).problems()).containsExactly(Problem.of("kode", "import.reason.regionParentUnknown", "65"));
		assertThat(lines.get(1).status()).isEqualTo(ImportStatus.NEW);
	}

	@Test
	void refusesAParentWhoseOwnLineIsInvalid() {
		var lines = lines("65,\n65.01,Kabupaten Malinau\n");
		assertThat(lines.get(1).problems())
			.containsExactly(Problem.of("kode", "import.reason.regionParentInvalid", "65", 2));
	}

	@Test
	void marksTheSecondRowWithTheSameCodeInvalid() {
		var outcome = validate(HEADER + "64.09,Kota Bontang\n64.09,Kota Bontang Lagi\n");
		var lines = outcome.report().lines();
		assertThat(lines.get(0).status()).isEqualTo(ImportStatus.NEW);
		assertThat(lines.get(1).problems()).containsExactly(Problem.of("kode", "import.reason.duplicateCode", 2));
		assertThat(outcome.changes()).extracting(RegionRow::name).containsExactly("Kota Bontang");
	}

	@Test
	void detectsUnchangedAndRenamedRegions() {
		var outcome = validate(HEADER + "64,Provinsi Kalimantan Timur\n64.02,Kab. Kutai Kartanegara\n");
		assertThat(outcome.report().lines()).extracting(Line::status)
			.containsExactly(ImportStatus.UNCHANGED, ImportStatus.CHANGED);
		assertThat(outcome.changes()).containsExactly(new RegionRow("64.02", "Kab. Kutai Kartanegara"));
	}

	@Test
	void acceptsEnglishHeaders() {
		var lines = validate("code,name\n64.09,Kota Bontang\n").report().lines();
		assertThat(lines).extracting(Line::status).containsExactly(ImportStatus.NEW);
	}

}
