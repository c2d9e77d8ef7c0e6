package id.monevkip.cycle.web;

import java.io.IOException;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participants of one cycle: list by category, add by category, by code or by CSV, and remove. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/cycles/{id}/participants")
class ParticipantController {

	private static final String PAGE = "redirect:/admin/cycles/{id}/participants";

	private final ParticipantService participants;

	private final CycleService cycles;

	private final DirectoryManagement directory;

	@GetMapping
	String list(@PathVariable long id, @RequestParam(required = false) @Nullable Long categoryId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("cycle", cycles.get(id));
		model.addAttribute("categories", directory.categories());
		model.addAttribute("categoryId", categoryId);
		model.addAttribute("page", participants.page(id, categoryId, page));
		if (!model.containsAttribute("bodyForm")) {
			model.addAttribute("bodyForm", new AddBodyForm(null, null));
		}
		return "admin/cycles/participants";
	}

	@PostMapping("/category")
	String addCategory(@PathVariable long id, @RequestParam long categoryId, RedirectAttributes redirect) {
		int added = participants.addCategory(id, categoryId);
		redirect.addFlashAttribute("message", "participants.categoryAdded");
		redirect.addFlashAttribute("messageArgs", new Object[] { added });
		return PAGE;
	}

	@PostMapping("/body")
	String addBody(@PathVariable long id, @Valid @ModelAttribute("bodyForm") AddBodyForm form, BindingResult result,
			RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				participants.addBody(id, form.bodyCode(), form.categoryId());
				redirect.addFlashAttribute("message", "participants.bodyAdded");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.bodyCode() });
				return PAGE;
			}
			redirect.addFlashAttribute("error", "participants.error.codeRequired");
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
		}
		redirect.addFlashAttribute("bodyForm", form);
		return PAGE;
	}

	@PostMapping("/csv")
	String importCsv(@PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "participants.csv.empty");
			return PAGE;
		}
		try {
			var report = participants.importCsv(id, file.getInputStream());
			redirect.addFlashAttribute("csvReport", report);
			redirect.addFlashAttribute("message", "participants.csv.done");
			redirect.addFlashAttribute("messageArgs", new Object[] { report.added(), report.problems().size() });
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
		}
		return PAGE;
	}

	@PostMapping("/{bodyId}/remove")
	String remove(@PathVariable long id, @PathVariable long bodyId, RedirectAttributes redirect) {
		participants.remove(id, bodyId);
		redirect.addFlashAttribute("message", "participants.removed");
		return PAGE;
	}

}
