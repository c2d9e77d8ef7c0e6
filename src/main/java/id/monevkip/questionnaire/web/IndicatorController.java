package id.monevkip.questionnaire.web;

import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing, deleting and reordering the indicators of a draft instrument. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/instruments/{id}/indicators")
class IndicatorController {

	private static final String EDIT = "admin/instruments/indicator";

	private final QuestionnaireManagement questionnaires;

	private final InstrumentService instruments;

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				instruments.addIndicator(id, form.toContent());
				redirect.addFlashAttribute("message", "indicator.saved");
				return "redirect:/admin/instruments/" + id;
			}
			catch (BusinessException refused) {
				Errors.reject(result, refused);
			}
		}
		model.addAttribute("instrument", questionnaires.instrument(id));
		return EDIT;
	}

	@GetMapping("/{indicatorId}/edit")
	String edit(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		var instrument = questionnaires.instrument(id);
		model.addAttribute("instrument", instrument);
		model.addAttribute("indicatorId", indicatorId);
		model.addAttribute("form", IndicatorForm.from(instrument.indicators()
			.stream()
			.filter(i -> i.id() == indicatorId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Indicator " + indicatorId))));
		return EDIT;
	}

	@PostMapping("/{indicatorId}")
	String update(@PathVariable long id, @PathVariable long indicatorId, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				instruments.changeIndicator(id, indicatorId, form.toContent());
				redirect.addFlashAttribute("message", "indicator.saved");
				return "redirect:/admin/instruments/" + id;
			}
			catch (BusinessException refused) {
				Errors.reject(result, refused);
			}
		}
		model.addAttribute("instrument", questionnaires.instrument(id));
		model.addAttribute("indicatorId", indicatorId);
		return EDIT;
	}

	@PostMapping("/{indicatorId}/delete")
	String delete(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes redirect) {
		try {
			instruments.removeIndicator(id, indicatorId);
			redirect.addFlashAttribute("message", "indicator.deleted");
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@PostMapping("/{indicatorId}/move")
	String move(@PathVariable long id, @PathVariable long indicatorId, @RequestParam boolean up,
			RedirectAttributes redirect) {
		try {
			instruments.moveIndicator(id, indicatorId, up);
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments/" + id;
	}

}
