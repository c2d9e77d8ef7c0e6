package id.monevkip.ranking.awards;

import java.io.IOException;
import java.util.Locale;

import id.monevkip.cycle.CycleManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable results of one award category: Excel, PDF and a print-friendly page. Written straight to the
 * response after the ranking is computed (as the progress board downloads do).
 */
@Controller
@RequiredArgsConstructor
class AwardExportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AwardResults results;

	private final AwardExports exports;

	private final CycleManagement cycles;

	@GetMapping({ "/commissioner/cycles/{cycleId}/awards/{awardId}.xlsx", "/admin/cycles/{cycleId}/awards/{awardId}.xlsx" })
	void xlsx(@PathVariable long cycleId, @PathVariable long awardId, Locale locale, HttpServletResponse response)
			throws IOException {
		String title = cycles.cycle(cycleId).title();
		var table = results.table(cycleId, awardId);
		response.setContentType(XLSX);
		attachment(response, exports.fileName(title, table, "xlsx"));
		exports.xlsx(title, table, locale, response.getOutputStream());
	}

	@GetMapping({ "/commissioner/cycles/{cycleId}/awards/{awardId}.pdf", "/admin/cycles/{cycleId}/awards/{awardId}.pdf" })
	void pdf(@PathVariable long cycleId, @PathVariable long awardId, Locale locale, HttpServletResponse response)
			throws IOException {
		String title = cycles.cycle(cycleId).title();
		var table = results.table(cycleId, awardId);
		response.setContentType("application/pdf");
		attachment(response, exports.fileName(title, table, "pdf"));
		exports.pdf(title, table, results.decree(cycleId).orElse(null), locale, response.getOutputStream());
	}

	@GetMapping({ "/commissioner/cycles/{cycleId}/awards/{awardId}/print", "/admin/cycles/{cycleId}/awards/{awardId}/print" })
	String print(@PathVariable long cycleId, @PathVariable long awardId, HttpServletRequest request, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("table", results.table(cycleId, awardId));
		model.addAttribute("decree", results.decree(cycleId).orElse(null));
		model.addAttribute("zone", Zone.of(request));
		return "ranking/awards/print";
	}

	private static void attachment(HttpServletResponse response, String fileName) {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
