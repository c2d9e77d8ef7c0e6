package id.monevkip.questionnaire.web;

import java.util.List;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of a cycle's instruments, creating one, its settings, deleting a draft and copying. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/instruments")
class InstrumentAdminController {

	private static final String SETTINGS = "admin/instruments/settings";

	private final QuestionnaireManagement questionnaires;

	private final InstrumentService instruments;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@ModelAttribute("cycles")
	List<CycleView> cycles() {
		return cycles.all();
	}

	@ModelAttribute("categories")
	List<CategoryView> categories() {
		return directory.categories();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long cycleId, Model model) {
		var all = cycles.all();
		Long selected = cycleId != null ? cycleId : all.isEmpty() ? null : all.get(0).id();
		model.addAttribute("cycleId", selected);
		if (selected != null) {
			model.addAttribute("cycle", cycles.cycle(selected));
			model.addAttribute("instruments", questionnaires.instruments(selected));
			model.addAttribute("copySources", all.stream()
				.filter(c -> c.id() != selected)
				.flatMap(c -> questionnaires.instruments(c.id()).stream().map(i -> new CopySource(i.id(), c.year(), i.title(),
						i.versionNumber())))
				.toList());
		}
		return "admin/instruments/list";
	}

	/** An instrument of another cycle that can be copied into this one. */
	record CopySource(long id, int year, String title, int version) {
	}

	@GetMapping("/new")
	String create(@RequestParam long cycleId, Model model) {
		model.addAttribute("form", SettingsForm.empty(cycleId));
		return SETTINGS;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SettingsForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = instruments.create(form.cycleId(), form.toSettings());
				redirect.addFlashAttribute("message", "instrument.created");
				return "redirect:/admin/instruments/" + id;
			}
			catch (BusinessException refused) {
				Errors.reject(result, refused);
			}
		}
		return SETTINGS;
	}

	@GetMapping("/{id}/settings")
	String settings(@PathVariable long id, Model model) {
		model.addAttribute("instrumentId", id);
		model.addAttribute("form", SettingsForm.from(questionnaires.instrument(id)));
		return SETTINGS;
	}

	@PostMapping("/{id}/settings")
	String settings(@PathVariable long id, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				instruments.changeSettings(id, form.toSettings());
				redirect.addFlashAttribute("message", "instrument.saved");
				return "redirect:/admin/instruments/" + id;
			}
			catch (BusinessException refused) {
				Errors.reject(result, refused);
			}
		}
		model.addAttribute("instrumentId", id);
		return SETTINGS;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		long cycleId = questionnaires.instrument(id).cycleId();
		try {
			instruments.delete(id);
			redirect.addFlashAttribute("message", "instrument.deleted");
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments?cycleId=" + cycleId;
	}

	@PostMapping("/copy")
	String copy(@RequestParam long sourceId, @RequestParam long cycleId, RedirectAttributes redirect) {
		long id = instruments.copyToCycle(sourceId, cycleId);
		redirect.addFlashAttribute("message", "instrument.copied");
		return "redirect:/admin/instruments/" + id;
	}

}
