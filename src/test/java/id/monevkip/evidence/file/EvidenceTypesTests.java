package id.monevkip.evidence.file;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import id.monevkip.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceTypesTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);

	private final EvidenceTypes types = new EvidenceTypes(new EvidenceProperties(null, DataSize.ofMegabytes(20),
			List.of("application/pdf", "image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));

	@Test
	void aPdfNamedTxtIsAcceptedAsPdf() throws IOException {
		assertThat(check(PDF, "laporan.txt")).isEqualTo("application/pdf");
	}

	@Test
	void anExecutableNamedPdfIsRefusedAsAProgram() {
		var elf = new byte[64];
		System.arraycopy(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, elf, 0, 8);
		elf[16] = 3; // e_type ET_DYN: a position-independent executable
		elf[18] = 0x3e; // x86-64

		assertThatThrownBy(() -> check(elf, "laporan.pdf")).isInstanceOf(BusinessException.class)
				.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo("evidence.refused.program");
	}

	@Test
	void aWindowsProgramNamedPdfIsRefusedAsAProgram() {
		var pe = new byte[256];
		pe[0] = 'M';
		pe[1] = 'Z';
		pe[0x3c] = (byte) 0x80;
		pe[0x80] = 'P';
		pe[0x81] = 'E';

		assertThatThrownBy(() -> check(pe, "laporan.pdf")).isInstanceOf(BusinessException.class)
				.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo("evidence.refused.program");
	}

	@Test
	void aWebPageNamedPdfIsRefusedAsAWebPage() {
		var html = "<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>"
				.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> check(html, "laporan.pdf")).isInstanceOf(BusinessException.class)
				.extracting(ex -> ((BusinessException) ex).messageKey()).isEqualTo("evidence.refused.webpage");
	}

	@Test
	void aWordDocumentIsRecognisedWithTheHelpOfItsName() throws IOException {
		assertThat(check(ooxml("word/document.xml"), "Laporan.DOCX"))
				.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void anOfficeContainerWithoutAnOfficeNameIsRefused() {
		assertThatThrownBy(() -> check(ooxml("word/document.xml"), "laporan.pdf")).isInstanceOf(BusinessException.class);
	}

	@Test
	void parametersOfTheDetectedTypeAreIgnored() {
		assertThat(EvidenceTypes.baseType("application/x-msdownload; format=pe64")).isEqualTo("application/x-msdownload");
	}

	private String check(byte[] content, String name) throws IOException {
		try (var in = new BufferedInputStream(new ByteArrayInputStream(content))) {
			return types.check(in, name);
		}
	}

	static byte[] ooxml(String part) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
					.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(part));
			zip.write("<?xml version=\"1.0\"?><document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
