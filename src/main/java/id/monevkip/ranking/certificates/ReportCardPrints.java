package id.monevkip.ranking.certificates;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.PdfWriter;
import lombok.RequiredArgsConstructor;

/** Prints a body's report card (rapor) of a cycle. */
@Component
@RequiredArgsConstructor
class ReportCardPrints {

	static final String TEMPLATE = "ranking/certificates/report-card";

	private final BodyFigureService figures;

	private final DirectoryManagement directory;

	private final PdfWriter pdf;

	private final Clock clock;

	void pdf(long cycleId, long bodyId, OutputStream out) {
		var f = figures.reportCard(cycleId, bodyId);
		String organiser = directory.bodies(List.of(f.cycle().organiserBodyId()))
			.stream()
			.findFirst()
			.map(b -> b.name())
			.orElse("");
		Map<String, Object> model = Map.of("f", f, "organiser", organiser, "printedAt", LocalDate.now(clock.withZone(id.monevkip.shared.Wita.ZONE)));
		pdf.write(TEMPLATE, List.of(model).iterator(), out);
	}

	static String fileName(int year, String bodyCode) {
		return "rapor-" + year + "-" + bodyCode.replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
	}

}
