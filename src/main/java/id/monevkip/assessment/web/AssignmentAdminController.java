package id.monevkip.assessment.web;

import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.assessment.internal.AutoResult;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's list of a cycle's participants with their verifiers and judges; assign by hand or automatically. */
@Controller
@RequiredArgsConstructor
class AssignmentAdminController {

	private static final int PAGE_SIZE = 25;

	private static final int SHOWN_NAMES = 10;

	private final AssignmentService assignments;

	@GetMapping("/admin/cycles/{cycleId}/assignments")
	String list(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String without, @RequestParam(required = false) @Nullable String page,
			Model model) {
		// typed in the address bar: a value that is not understood is ignored with a message, not a 400 page
		var categoryId = number(category, model);
		var role = role(without, model);
		var pageNumber = number(page, model);
		model.addAttribute("view", assignments.page(cycleId, categoryId == null ? 0 : categoryId, role,
				pageNumber == null ? 0 : pageNumber.intValue(), PAGE_SIZE));
		model.addAttribute("category", categoryId);
		model.addAttribute("without", role);
		model.addAttribute("roles", AssignmentRole.values());
		return "assessment/assignments";
	}

	@PostMapping("/admin/cycles/{cycleId}/assignments")
	String assign(@PathVariable long cycleId, @Valid @ModelAttribute("form") AssignForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				assignments.assign(cycleId, form.bodyId(), form.accountId(), form.role(), user);
				redirect.addFlashAttribute("message", "assessment.assign.done." + form.role());
			}
			catch (BusinessException ex) {
				refuse(redirect, ex);
			}
		}
		else {
			redirect.addFlashAttribute("error", "assessment.assign.incomplete");
		}
		return back(form, redirect);
	}

	@PostMapping("/admin/cycles/{cycleId}/assignments/remove")
	String unassign(@PathVariable long cycleId, @Valid @ModelAttribute("form") AssignForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				assignments.unassign(cycleId, form.bodyId(), form.accountId(), form.role());
				redirect.addFlashAttribute("message", "assessment.unassign.done");
			}
			catch (BusinessException ex) {
				refuse(redirect, ex);
			}
		}
		else {
			redirect.addFlashAttribute("error", "assessment.assign.incomplete");
		}
		return back(form, redirect);
	}

	@PostMapping("/admin/cycles/{cycleId}/assignments/auto")
	String assignAll(@PathVariable long cycleId, @RequestParam AssignmentRole role,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var result = assignments.assignAll(cycleId, role, user);
		redirect.addFlashAttribute("message", "assessment.auto.done." + role);
		redirect.addFlashAttribute("messageArgs", new Object[] { result.assigned() });
		if (!result.unassignable().isEmpty()) {
			redirect.addFlashAttribute("error", "assessment.auto.unassignable");
			redirect.addFlashAttribute("errorArgs", new Object[] { result.unassignable().size(), names(result) });
		}
		return "redirect:/admin/cycles/{cycleId}/assignments";
	}

	/** The first bodies nobody can take; the flash message stays readable when thousands are left. */
	private static String names(AutoResult result) {
		var shown = result.unassignable().subList(0, Math.min(SHOWN_NAMES, result.unassignable().size()));
		return String.join(", ", shown) + (result.unassignable().size() > SHOWN_NAMES ? ", …" : "");
	}

	private static void refuse(RedirectAttributes redirect, BusinessException ex) {
		redirect.addFlashAttribute("error", ex.messageKey());
		redirect.addFlashAttribute("errorArgs", ex.arguments());
	}

	private static String back(AssignForm form, RedirectAttributes redirect) {
		if (form.category() != null) {
			redirect.addAttribute("category", form.category());
		}
		if (form.without() != null) {
			redirect.addAttribute("without", form.without());
		}
		if (form.page() != null) {
			redirect.addAttribute("page", form.page());
		}
		return "redirect:/admin/cycles/{cycleId}/assignments";
	}

	private static @Nullable Long number(@Nullable String value, Model model) {
		if (value == null) {
			return null;
		}
		try {
			var number = Long.parseLong(value.strip());
			if (number >= 0 && number <= Integer.MAX_VALUE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		ignored(value, model);
		return null;
	}

	private static @Nullable AssignmentRole role(@Nullable String value, Model model) {
		if (value == null) {
			return null;
		}
		for (var role : AssignmentRole.values()) {
			if (role.name().equalsIgnoreCase(value.strip())) {
				return role;
			}
		}
		ignored(value, model);
		return null;
	}

	private static void ignored(String value, Model model) {
		model.addAttribute("error", "assessment.filter.ignored");
		model.addAttribute("errorArgs", new Object[] { value });
	}

}
