package id.monevkip.cycle.web;

import id.monevkip.cycle.Stage;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Extensions of one cycle: the grant form and the history of every grant. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/cycles/{id}/extensions")
class ExtensionController {

	private static final String PAGE = "admin/cycles/extensions";

	private final ExtensionService extensions;

	private final CycleService cycles;

	private final DirectoryManagement directory;

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("form", ExtensionForm.empty());
		return render(id, model);
	}

	@PostMapping
	String grant(@PathVariable long id, @Valid @ModelAttribute("form") ExtensionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws BindException {
		RuleErrors.requireBuilt(result);
		if (!result.hasErrors()) {
			try {
				extensions.grant(id, form, user);
				redirect.addFlashAttribute("message", "extensions.granted");
				return "redirect:/admin/cycles/{id}/extensions";
			}
			catch (BusinessException refused) {
				RuleErrors.reject(result, refused);
			}
		}
		return render(id, model);
	}

	private String render(long id, Model model) {
		model.addAttribute("cycle", cycles.get(id));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("categories", directory.categories());
		model.addAttribute("history", extensions.history(id));
		return PAGE;
	}

}
