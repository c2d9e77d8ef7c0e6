package id.monevkip.ranking.certificates;

import java.io.IOException;
import java.util.LinkedHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * Admins and commissioners print the certificates and report cards of the decree in force: one body's, or every
 * certificate of a category or of the cycle as one PDF or a ZIP, streamed as they are rendered.
 */
@Controller
@RequiredArgsConstructor
class CertificateController {

	private final Certificates certificates;

	private final CertificatePrints prints;

	private final ReportCardPrints reportCards;

	private final ResultsManagement results;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@GetMapping({ "/admin/cycles/{cycleId}/certificates", "/commissioner/cycles/{cycleId}/certificates" })
	String page(@PathVariable long cycleId, HttpServletRequest request, Model model) {
		var cycle = cycles.cycle(cycleId);
		var decree = results.currentDecree(cycleId).orElseThrow(() -> new NotFoundException("decree"));
		var counts = new LinkedHashMap<CategoryView, Integer>();
		var byId = new LinkedHashMap<Long, Integer>();
		results.results(decree).forEach(r -> byId.merge(r.categoryId(), 1, Integer::sum));
		directory.categories().stream().filter(c -> byId.containsKey(c.id())).forEach(c -> counts.put(c, byId.get(c.id())));
		model.addAttribute("cycle", cycle);
		model.addAttribute("decree", decree);
		model.addAttribute("categories", counts);
		model.addAttribute("base", zone(request) + "/cycles/" + cycleId + "/certificates");
		return "ranking/certificates/index";
	}

	@GetMapping({ "/admin/cycles/{cycleId}/certificates.pdf", "/commissioner/cycles/{cycleId}/certificates.pdf" })
	void allPdf(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long category,
			HttpServletResponse response) throws IOException {
		var list = certificates.issue(cycleId, category, null);
		Downloads.start(response, "application/pdf", "piagam-" + cycles.cycle(cycleId).year() + suffix(category) + ".pdf");
		prints.pdf(list, response.getOutputStream());
	}

	@GetMapping({ "/admin/cycles/{cycleId}/certificates.zip", "/commissioner/cycles/{cycleId}/certificates.zip" })
	void allZip(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long category,
			HttpServletResponse response) throws IOException {
		var list = certificates.issue(cycleId, category, null);
		Downloads.start(response, "application/zip", "piagam-" + cycles.cycle(cycleId).year() + suffix(category) + ".zip");
		prints.zip(list, response.getOutputStream());
	}

	@GetMapping({ "/admin/cycles/{cycleId}/certificates/bodies/{bodyId}.pdf",
			"/commissioner/cycles/{cycleId}/certificates/bodies/{bodyId}.pdf" })
	void one(@PathVariable long cycleId, @PathVariable long bodyId, HttpServletResponse response) throws IOException {
		var list = certificates.issue(cycleId, null, bodyId);
		Downloads.start(response, "application/pdf", CertificatePrints.fileName(list.get(0)));
		prints.pdf(list, response.getOutputStream());
	}

	@GetMapping({ "/admin/cycles/{cycleId}/report-cards/bodies/{bodyId}.pdf",
			"/commissioner/cycles/{cycleId}/report-cards/bodies/{bodyId}.pdf" })
	void reportCard(@PathVariable long cycleId, @PathVariable long bodyId, HttpServletResponse response)
			throws IOException {
		var body = directory.bodies(java.util.List.of(bodyId)).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("body"));
		var out = new java.io.ByteArrayOutputStream();
		reportCards.pdf(cycleId, bodyId, out);
		Downloads.start(response, "application/pdf", ReportCardPrints.fileName(cycles.cycle(cycleId).year(), body.code()));
		out.writeTo(response.getOutputStream());
	}

	private static String suffix(@Nullable Long category) {
		return category == null ? "" : "-kategori-" + category;
	}

	private static String zone(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/admin") ? "/admin" : "/commissioner";
	}

}
