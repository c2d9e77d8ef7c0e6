package id.monevkip.ranking.certificates;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.AppProperties;
import id.monevkip.shared.PdfWriter;
import lombok.RequiredArgsConstructor;

/** Prints certificates: one PDF, all of them in one PDF, or a ZIP of one PDF each (written entry by entry). */
@Component
@RequiredArgsConstructor
class CertificatePrints {

	static final String TEMPLATE = "ranking/certificates/certificate";

	private final PdfWriter pdf;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final AppProperties app;

	void pdf(List<Certificate> certificates, OutputStream out) {
		if (certificates.isEmpty()) {
			return;
		}
		String organiser = organiser(certificates.get(0).getCycleId());
		pdf.write(TEMPLATE, certificates.stream().map(c -> model(c, organiser)).iterator(), out);
	}

	void zip(List<Certificate> certificates, OutputStream out) throws IOException {
		var zip = new ZipOutputStream(out);
		for (var certificate : certificates) {
			zip.putNextEntry(new ZipEntry(fileName(certificate)));
			pdf(List.of(certificate), new NonClosing(zip));
			zip.closeEntry();
		}
		zip.finish();
	}

	/** The address the QR code points at. */
	String verificationUrl(String code) {
		return app.publicUrl().replaceAll("/+$", "") + "/verifikasi/" + code;
	}

	static String fileName(Certificate certificate) {
		String name = certificate.getBodyName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return "piagam-" + certificate.getYear() + "-" + name + "-" + certificate.getCode() + ".pdf";
	}

	private Map<String, Object> model(Certificate certificate, String organiser) {
		String url = verificationUrl(certificate.getCode());
		return Map.of("c", certificate, "organiser", organiser, "url", url, "qr", QrCodes.dataUri(url, 300),
				"band", messages.getMessage("band." + certificate.getBand(), null, certificate.getBand(), PdfWriter.PRINT));
	}

	private String organiser(long cycleId) {
		long organiserId = cycles.cycle(cycleId).organiserBodyId();
		return directory.bodies(List.of(organiserId)).stream().findFirst().map(b -> b.name()).orElse("");
	}

	/** The PDF writer closes its stream at the end; a ZIP entry must stay open for the next one. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
