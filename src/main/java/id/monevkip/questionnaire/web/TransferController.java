package id.monevkip.questionnaire.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.transfer.ImportRefused;
import id.monevkip.questionnaire.transfer.TransferService;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Downloading an instrument as JSON or Excel, and importing such a file as a new draft. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/instruments")
class TransferController {

	private static final String IMPORT = "admin/instruments/import";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TransferService transfers;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@GetMapping("/{id}/export.json")
	ResponseEntity<byte[]> exportJson(@PathVariable long id) {
		return download(transfers.exportJson(id), "instrumen-" + id + ".json", MediaType.APPLICATION_JSON);
	}

	@GetMapping("/{id}/export.xlsx")
	ResponseEntity<byte[]> exportExcel(@PathVariable long id) {
		return download(transfers.exportExcel(id), "instrumen-" + id + ".xlsx", XLSX);
	}

	@GetMapping("/import")
	String importForm(@RequestParam(required = false) @Nullable Long cycleId, Model model) {
		return page(cycleId, Set.of(), model);
	}

	@PostMapping("/import")
	String importFile(@RequestParam long cycleId, @RequestParam(required = false) @Nullable Set<Long> categoryIds,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Set<Long> chosen = categoryIds == null ? Set.of() : categoryIds;
		try {
			long id = transfers.importFile(cycleId, chosen, file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("message", "transfer.imported");
			return "redirect:/admin/instruments/" + id;
		}
		catch (ImportRefused refused) {
			model.addAttribute("problems", refused.problems());
			return page(cycleId, chosen, model);
		}
	}

	private String page(@Nullable Long cycleId, Set<Long> chosen, Model model) {
		List<CycleView> all = cycles.all();
		List<CategoryView> categories = directory.categories();
		model.addAttribute("cycles", all);
		model.addAttribute("categories", categories);
		model.addAttribute("cycleId", cycleId);
		model.addAttribute("chosen", chosen);
		return IMPORT;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(body);
	}

}
