package id.monevkip.directory.imports;

import java.io.IOException;

import id.monevkip.shared.NotFoundException;
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

/**
 * CSV import of regions, bodies and accounts: upload, preview (what would happen, row by row), confirm, result.
 * Every step after the upload works from the stored file, addressed by its id.
 */
@Controller
@RequestMapping("/admin/imports")
@RequiredArgsConstructor
class ImportController {

	private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final ImportService imports;

	@GetMapping
	String form(Model model) {
		model.addAttribute("types", ImportType.values());
		model.addAttribute("maxRows", CsvTable.MAX_ROWS);
		model.addAttribute("maxMegabytes", CsvTable.MAX_BYTES / (1024 * 1024));
		return "admin/imports/upload";
	}

	@PostMapping
	String upload(@RequestParam(defaultValue = "") String type, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		ImportType importType = typeOf(type);
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			redirect.addFlashAttribute("error", "import.file.missing");
			return "redirect:/admin/imports";
		}
		redirect.addAttribute("id", imports.upload(file.getInputStream()));
		redirect.addAttribute("type", importType.param());
		return "redirect:/admin/imports/{id}";
	}

	@GetMapping("/{id}")
	String preview(@PathVariable String id, @RequestParam(defaultValue = "") String type, Model model) {
		ImportType importType = typeOf(type);
		if (imports.imported(id)) {
			return "redirect:/admin/imports/{id}/result?type=" + importType.param();
		}
		model.addAttribute("report", imports.preview(id, importType));
		model.addAttribute("type", importType);
		model.addAttribute("id", id);
		return "admin/imports/preview";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable String id, @RequestParam(defaultValue = "") String type, RedirectAttributes redirect) {
		ImportType importType = typeOf(type);
		imports.confirm(id, importType);
		redirect.addFlashAttribute("message", "import.done");
		redirect.addAttribute("type", importType.param());
		return "redirect:/admin/imports/{id}/result";
	}

	@GetMapping("/{id}/result")
	String result(@PathVariable String id, @RequestParam(defaultValue = "") String type, Model model) {
		model.addAttribute("report", imports.result(id));
		model.addAttribute("type", typeOf(type));
		return "admin/imports/result";
	}

	@GetMapping("/templates/{name:regions|bodies|accounts}.csv")
	ResponseEntity<byte[]> template(@PathVariable String name) {
		ImportType type = typeOf(name);
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(type.param() + ".csv").build().toString())
			.body(imports.template(type));
	}

	private static ImportType typeOf(String param) {
		return ImportType.fromParam(param).orElseThrow(() -> new NotFoundException("Import type " + param));
	}

}
