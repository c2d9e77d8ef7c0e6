package id.monevkip.evidence.file;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathSegmentWithoutControlCharacters() {
		assertThat(FileNames.sanitise("C:\\Users\\ppid\\Laporan\u0000 2025.pdf")).isEqualTo("Laporan 2025.pdf");
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("  ")).isEqualTo("file");
		assertThat(FileNames.sanitise(null)).isEqualTo("file");
	}

	@Test
	void cutsLongNamesTo255CharactersKeepingTheExtension() {
		var name = FileNames.sanitise("a".repeat(400) + ".pdf");

		assertThat(name).hasSize(255).endsWith(".pdf");
	}

	@Test
	void extensionIsLowerCase() {
		assertThat(FileNames.extension("Notulen.DOCX")).isEqualTo("docx");
		assertThat(FileNames.extension("tanpa")).isEmpty();
	}

}
