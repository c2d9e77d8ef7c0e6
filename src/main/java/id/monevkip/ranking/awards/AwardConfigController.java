package id.monevkip.ranking.awards;

import java.util.List;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins add, change and remove the award categories of a cycle until its results decree is issued. */
@Controller
@RequiredArgsConstructor
class AwardConfigController {

	private final AwardConfiguration configuration;

	private final AwardLock lock;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@GetMapping("/admin/cycles/{cycleId}/awards")
	String page(@PathVariable long cycleId, @RequestParam(required = false) @Nullable Long edit, Model model) {
		var form = edit == null ? AwardForm.empty() : AwardForm.of(configuration.category(cycleId, edit));
		return show(cycleId, edit, form, model);
	}

	@PostMapping({ "/admin/cycles/{cycleId}/awards", "/admin/cycles/{cycleId}/awards/{awardId}" })
	String save(@PathVariable long cycleId, @PathVariable(required = false) @Nullable Long awardId,
			@ModelAttribute("form") AwardForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			List<FormProblem> problems = configuration.save(cycleId, awardId, form);
			if (problems.isEmpty()) {
				redirect.addFlashAttribute("message", "awards.config.saved");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.cleanName() });
				return "redirect:/admin/cycles/" + cycleId + "/awards";
			}
			problems.forEach(p -> result.rejectValue(p.field(), p.key(), p.args(), p.key()));
		}
		catch (BusinessException ex) {
			model.addAttribute("error", ex.messageKey());
		}
		return show(cycleId, awardId, form, model);
	}

	@PostMapping("/admin/cycles/{cycleId}/awards/{awardId}/delete")
	String delete(@PathVariable long cycleId, @PathVariable long awardId, RedirectAttributes redirect) {
		try {
			configuration.delete(cycleId, awardId);
			redirect.addFlashAttribute("message", "awards.config.deleted");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/cycles/" + cycleId + "/awards";
	}

	private String show(long cycleId, @Nullable Long editing, AwardForm form, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("awards", configuration.categories(cycleId));
		var categories = directory.categories();
		model.addAttribute("categories", categories.stream().filter(CategoryView::active).toList());
		model.addAttribute("categoryNames", categories.stream()
			.collect(java.util.stream.Collectors.toMap(CategoryView::id, CategoryView::name)));
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("locked", lock.locked(cycleId));
		return "ranking/awards/config";
	}

}
