package id.monevkip.ranking.history;

import java.io.IOException;

import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins import final results of years run elsewhere; a refused file is reported line by line. */
@Controller
@RequiredArgsConstructor
class HistoryController {

	private final HistoryImport history;

	@GetMapping("/admin/results-history")
	String page(Model model) {
		model.addAttribute("years", history.years());
		return "ranking/history";
	}

	@PostMapping("/admin/results-history")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "ranking.history.chooseFile");
			return page(model);
		}
		var result = history.importFile(file.getOriginalFilename(), file.getBytes(), user);
		if (!result.saved()) {
			model.addAttribute("problems", result.problems());
			model.addAttribute("fileName", file.getOriginalFilename());
			return page(model);
		}
		redirect.addFlashAttribute("message", "ranking.history.saved");
		redirect.addFlashAttribute("messageArgs", new Object[] { result.added(), result.replaced(), result.derivedBands() });
		return "redirect:/admin/results-history";
	}

}
