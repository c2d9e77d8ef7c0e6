package id.monevkip.cycle.web;

import java.time.Clock;
import java.util.List;

import id.monevkip.cycle.CycleRuleException;
import id.monevkip.cycle.NonShortlistedScore;
import id.monevkip.cycle.ShortlistRule;
import id.monevkip.cycle.TieBreak;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.Wita;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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

/** Creating a cycle and revising it until its SAQ window opens. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/cycles")
class CycleFormController {

	private static final String EDIT = "admin/cycles/edit";

	private final CycleService cycles;

	private final Clock clock;

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("combinations", ShortlistRule.Combination.values());
		model.addAttribute("nonShortlistedRules", NonShortlistedScore.values());
		model.addAttribute("roundingModes", CycleForm.ROUNDING_MODES);
		model.addAttribute("tieBreaks", TieBreak.values());
		model.addAttribute("tieBreakFields", List.of("tieBreak1", "tieBreak2", "tieBreak3", "tieBreak4"));
	}

	@GetMapping("/new")
	String create(Model model) {
		int year = clock.instant().atZone(Wita.ZONE).getYear();
		model.addAttribute("form", CycleForm.empty(year, cycles.defaultOrganiserCode()));
		return EDIT;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CycleForm form, BindingResult result, RedirectAttributes redirect) throws BindException {
		RuleErrors.requireBuilt(result);
		if (!result.hasErrors()) {
			try {
				long id = cycles.create(form.toCommand());
				redirect.addFlashAttribute("message", "cycles.created");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.title() });
				return "redirect:/admin/cycles/" + id;
			}
			catch (CycleRuleException refused) {
				RuleErrors.reject(result, refused);
			}
			catch (BusinessException refused) {
				RuleErrors.reject(result, refused);
			}
		}
		return EDIT;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", CycleForm.from(cycles.get(id), cycles.organiserCode(id)));
		return editPage(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CycleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws BindException {
		RuleErrors.requireBuilt(result);
		if (!result.hasErrors()) {
			try {
				cycles.update(id, form.toCommand(), form.version());
				redirect.addFlashAttribute("message", "cycles.updated");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.title() });
				return "redirect:/admin/cycles/" + id;
			}
			catch (CycleRuleException refused) {
				RuleErrors.reject(result, refused);
			}
		}
		return editPage(id, model);
	}

	private String editPage(long id, Model model) {
		model.addAttribute("cycleId", id);
		model.addAttribute("locked", cycles.locked(id));
		return EDIT;
	}

}
