package id.monevkip.directory.imports;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import id.monevkip.directory.imports.ImportReport.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTests {

	static final String HEADER = "kode,nama,kategori,jenis_ppid\n";

	static CsvTable bodies(String text) {
		return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), ImportType.BODIES);
	}

	static String firstKey(CsvTable table) {
		return table.problems().get(0).key();
	}

	@Test
	void readsRowsWithTheirPhysicalLineNumbersHeaderBeingLineOne() {
		var table = bodies(HEADER + "A1,Satu,DESA,DESA\nA2,Dua,DESA,DESA\n");
		assertThat(table.ok()).isTrue();
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3);
		assertThat(table.rows().get(1).get("nama")).isEqualTo("Dua");
	}

	@Test
	void countsBlankLinesAndLineBreaksInsideQuotesInLineNumbers() {
		var table = bodies(HEADER + "\nA1,\"Satu\nbaris dua\",DESA,DESA\r\n\r\nA2,Dua,DESA,DESA");
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 6);
	}

	@Test
	void skipsUtf8ByteOrderMark() {
		var table = bodies("\uFEFF" + HEADER + "A1,Satu,DESA,DESA\n");
		assertThat(table.ok()).isTrue();
		assertThat(table.rows().get(0).get("kode")).isEqualTo("A1");
	}

	@Test
	void detectsSemicolonsFromTheHeaderLine() {
		var table = bodies("kode;nama;kategori;jenis_ppid\nA1;Dinas, Kota;DESA;DESA\n");
		assertThat(table.ok()).isTrue();
		assertThat(table.rows().get(0).get("nama")).isEqualTo("Dinas, Kota");
	}

	@Test
	void acceptsEnglishHeaderNamesInAnyOrderAndKeepsThemForTheReport() {
		var table = bodies("PPID Type,Name,code,Category\nDESA,Satu,A1,DESA\n");
		assertThat(table.ok()).isTrue();
		assertThat(table.rows().get(0).get("kode")).isEqualTo("A1");
		assertThat(table.header("kode")).isEqualTo("code");
		assertThat(table.rows().get(0).has("website")).isFalse();
	}

	@Test
	void refusesUnknownAndMissingColumnsNamingThem() {
		var table = bodies("kode,nama,jenis,kota\nA1,Satu,DESA,Samarinda\n");
		assertThat(table.ok()).isFalse();
		assertThat(table.rows()).isEmpty();
		assertThat(table.problems()).containsExactly(Problem.of("", "import.file.unknownColumns", "jenis, kota"),
				Problem.of("", "import.file.missingColumns", "kategori, jenis_ppid"));
	}

	@Test
	void refusesAColumnNamedTwice() {
		var table = bodies("kode,nama,kategori,jenis_ppid,code\nA1,Satu,DESA,DESA,A2\n");
		assertThat(table.problems()).containsExactly(Problem.of("", "import.file.duplicateColumns", "code"));
	}

	@Test
	void refusesLatin1WithAnEncodingError() {
		byte[] latin1 = (HEADER + "A1,Caf\u00e9 Desa,DESA,DESA\n").getBytes(StandardCharsets.ISO_8859_1);
		var table = CsvTable.read(latin1, ImportType.BODIES);
		assertThat(firstKey(table)).isEqualTo("import.file.encoding");
	}

	@Test
	void refusesZeroBytesAndControlCharactersAsNotACsv() {
		assertThat(firstKey(bodies(HEADER + "A1,Sa\u0000tu,DESA,DESA\n"))).isEqualTo("import.file.binary");
		assertThat(firstKey(bodies(HEADER + "A1,Sa\u0007tu,DESA,DESA\n"))).isEqualTo("import.file.binary");
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 6, 0 };
		assertThat(firstKey(CsvTable.read(zip, ImportType.BODIES))).isEqualTo("import.file.binary");
	}

	@Test
	void refusesRandomBytesWithAClearError() {
		byte[] junk = new byte[100_000];
		new Random(42).nextBytes(junk);
		var table = CsvTable.read(junk, ImportType.BODIES);
		assertThat(table.ok()).isFalse();
		assertThat(firstKey(table)).isIn("import.file.encoding", "import.file.binary");
	}

	@Test
	void refusesEmptyFilesAndFilesWithOnlyAHeader() {
		assertThat(firstKey(CsvTable.read(new byte[0], ImportType.BODIES))).isEqualTo("import.file.empty");
		assertThat(firstKey(bodies("\uFEFF\n\n"))).isEqualTo("import.file.empty");
		assertThat(firstKey(bodies(HEADER))).isEqualTo("import.file.noRows");
	}

	@Test
	void refusesFilesOverFiveMegabytes() {
		byte[] big = new byte[CsvTable.MAX_BYTES + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		assertThat(CsvTable.read(big, ImportType.BODIES).problems())
			.containsExactly(Problem.of("", "import.file.tooLarge", 5));
	}

	@Test
	void refusesMoreThanTwentyThousandRows() {
		var text = new StringBuilder(HEADER);
		for (int i = 0; i <= CsvTable.MAX_ROWS; i++) {
			text.append("A").append(i).append(",N,DESA,DESA\n");
		}
		assertThat(bodies(text.toString()).problems())
			.containsExactly(Problem.of("", "import.file.tooManyRows", CsvTable.MAX_ROWS));
	}

	@Test
	void reportsAnUnclosedQuoteAsADamagedFile() {
		var table = bodies(HEADER + "A1,Satu,DESA,DESA\nA2,\"Dua,DESA,DESA\n");
		assertThat(table.problems()).containsExactly(Problem.of("", "import.file.malformed", 3));
	}

	@Test
	void skipsRowsWithOnlyEmptyCellsAndFlagsExtraValues() {
		var table = bodies(HEADER + ",,,\nA1,Satu,DESA,DESA,extra\nA2,Dua\n");
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 4);
		assertThat(table.rows().get(0).extraValues()).isTrue();
		assertThat(table.rows().get(1).extraValues()).isFalse();
		assertThat(table.rows().get(1).get("kategori")).isNull();
	}

}
