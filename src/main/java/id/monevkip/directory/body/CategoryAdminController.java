package id.monevkip.directory.body;

import id.monevkip.shared.BusinessException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for the managed list of body categories. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/categories")
class CategoryAdminController {

	private static final String EDIT = "admin/categories/edit";

	private final CategoryService categories;

	@GetMapping
	String list(Model model) {
		model.addAttribute("categories", categories.list());
		return "admin/categories/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", CategoryForm.empty());
		return EDIT;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				categories.create(form.toCommand());
				redirect.addFlashAttribute("message", "categories.created");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.name() });
				return "redirect:/admin/categories";
			}
			catch (BusinessException refused) {
				result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return EDIT;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("categoryId", id);
		model.addAttribute("form", CategoryForm.from(categories.get(id)));
		return EDIT;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("categoryId", id);
			return EDIT;
		}
		categories.update(id, form.toCommand(), form.version());
		redirect.addFlashAttribute("message", "categories.updated");
		redirect.addFlashAttribute("messageArgs", new Object[] { form.name() });
		return "redirect:/admin/categories";
	}

}
