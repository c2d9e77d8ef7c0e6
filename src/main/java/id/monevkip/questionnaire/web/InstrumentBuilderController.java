package id.monevkip.questionnaire.web;

import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentRuleException;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The builder page of one instrument, its preview, and publishing or versioning it. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/instruments/{id}")
class InstrumentBuilderController {

	private final QuestionnaireManagement questionnaires;

	private final InstrumentService instruments;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@GetMapping
	String builder(@PathVariable long id, Model model) {
		var instrument = questionnaires.instrument(id);
		model.addAttribute("instrument", instrument);
		model.addAttribute("cycle", cycles.cycle(instrument.cycleId()));
		model.addAttribute("categoryNames", categoryNames());
		model.addAttribute("saqOpened", cycles.saqHasOpened(instrument.cycleId()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", IndicatorForm.empty());
		}
		return "admin/instruments/builder";
	}

	@GetMapping("/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("instrument", questionnaires.instrument(id));
		return "admin/instruments/preview";
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		try {
			instruments.publish(id);
			redirect.addFlashAttribute("message", "instrument.published");
		}
		catch (InstrumentRuleException refused) {
			Errors.flash(redirect, refused);
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@PostMapping("/unpublish")
	String unpublish(@PathVariable long id, RedirectAttributes redirect) {
		try {
			instruments.unpublish(id);
			redirect.addFlashAttribute("message", "instrument.unpublished");
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@PostMapping("/new-version")
	String newVersion(@PathVariable long id, RedirectAttributes redirect) {
		try {
			long copy = instruments.newVersion(id);
			redirect.addFlashAttribute("message", "instrument.versioned");
			return "redirect:/admin/instruments/" + copy;
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
			return "redirect:/admin/instruments/" + id;
		}
	}

	private Map<Long, String> categoryNames() {
		return directory.categories().stream().collect(Collectors.toMap(CategoryView::id, CategoryView::name));
	}

}
