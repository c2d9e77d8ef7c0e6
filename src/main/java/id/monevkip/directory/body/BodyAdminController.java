package id.monevkip.directory.body;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

/** The administrator's pages for public bodies: list, detail, create, edit, (de)activate. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/bodies")
class BodyAdminController {

	private static final String EDIT = "admin/bodies/edit";

	private final BodyService bodies;

	private final BodyChoices choices;

	@GetMapping
	String list(@ModelAttribute("filter") BodyFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", bodies.search(filter, page, size, user));
		model.addAttribute("choices", choices.forFilters());
		return "admin/bodies/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("detail", bodies.detail(id));
		return "admin/bodies/show";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", BodyForm.empty());
		return editPage(model, null, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") BodyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = bodies.create(form.toCommand());
				redirect.addFlashAttribute("message", "bodies.created");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.name() });
				return "redirect:/admin/bodies/" + id;
			}
			catch (BusinessException refused) {
				reject(result, refused);
			}
		}
		return editPage(model, null, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		var detail = bodies.detail(id);
		model.addAttribute("form", BodyForm.from(detail));
		return editPage(model, id, detail.body().categoryId());
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") BodyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				bodies.update(id, form.toCommand(), form.version());
				redirect.addFlashAttribute("message", "bodies.updated");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.name() });
				return "redirect:/admin/bodies/{id}";
			}
			catch (BusinessException refused) {
				reject(result, refused);
			}
		}
		return editPage(model, id, form.categoryId());
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		bodies.deactivate(id);
		redirect.addFlashAttribute("message", "bodies.deactivated");
		return "redirect:/admin/bodies/{id}";
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		bodies.activate(id);
		redirect.addFlashAttribute("message", "bodies.activated");
		return "redirect:/admin/bodies/{id}";
	}

	private String editPage(Model model, @Nullable Long id, @Nullable Long categoryId) {
		model.addAttribute("bodyId", id);
		model.addAttribute("choices", choices.forForm(categoryId));
		return EDIT;
	}

	private static void reject(BindingResult result, BusinessException refused) {
		result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
	}

}
