package id.monevkip.assessment.panel;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.questionnaire.scoring.PanelRule;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's rubric pages of a cycle: both stages' settings and criteria. */
@Controller
@RequiredArgsConstructor
class RubricAdminController {

	private final RubricService rubrics;

	private final CycleManagement cycles;

	@GetMapping("/admin/cycles/{cycleId}/rubrics")
	String list(@PathVariable long cycleId, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("rubrics", rubrics.rubrics(cycleId));
		model.addAttribute("rules", PanelRule.values());
		return "panel/rubrics";
	}

	@PostMapping("/admin/cycles/{cycleId}/rubrics/{stage}/settings")
	String settings(@PathVariable long cycleId, @PathVariable PanelStage stage,
			@Valid @ModelAttribute("settings") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "panels.rubric.settings.invalid");
			return "redirect:/admin/cycles/{cycleId}/rubrics";
		}
		try {
			rubrics.settings(cycleId, stage, form.rule(), form.divergenceThreshold());
			redirect.addFlashAttribute("message", "panels.rubric.settings.saved");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/admin/cycles/{cycleId}/rubrics";
	}

	@GetMapping("/admin/cycles/{cycleId}/rubrics/{stage}/criteria/new")
	String create(@PathVariable long cycleId, @PathVariable PanelStage stage, Model model) {
		model.addAttribute("form", CriterionForm.empty());
		return page(cycleId, stage, null, model);
	}

	@GetMapping("/admin/cycles/{cycleId}/rubrics/{stage}/criteria/{criterionId}")
	String edit(@PathVariable long cycleId, @PathVariable PanelStage stage, @PathVariable long criterionId,
			Model model) {
		model.addAttribute("form", CriterionForm.from(rubrics.rubric(cycleId, stage).criterion(criterionId)));
		return page(cycleId, stage, criterionId, model);
	}

	@PostMapping({ "/admin/cycles/{cycleId}/rubrics/{stage}/criteria",
			"/admin/cycles/{cycleId}/rubrics/{stage}/criteria/{criterionId}" })
	String save(@PathVariable long cycleId, @PathVariable PanelStage stage,
			@PathVariable(required = false) @Nullable Long criterionId, @Valid @ModelAttribute("form") CriterionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rubrics.saveCriterion(cycleId, stage, criterionId, form.toCommand());
				redirect.addFlashAttribute("message", "panels.criterion.saved");
				return "redirect:/admin/cycles/{cycleId}/rubrics";
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(cycleId, stage, criterionId, model);
	}

	@PostMapping("/admin/cycles/{cycleId}/rubrics/{stage}/criteria/{criterionId}/delete")
	String delete(@PathVariable long cycleId, @PathVariable PanelStage stage, @PathVariable long criterionId,
			RedirectAttributes redirect) {
		try {
			rubrics.deleteCriterion(cycleId, stage, criterionId);
			redirect.addFlashAttribute("message", "panels.criterion.deleted");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/admin/cycles/{cycleId}/rubrics";
	}

	private String page(long cycleId, PanelStage stage, @Nullable Long criterionId, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("rubric", rubrics.rubric(cycleId, stage));
		model.addAttribute("criterionId", criterionId);
		return "panel/criterion";
	}

}
