package id.monevkip.assessment.web;

import java.util.List;

import id.monevkip.assessment.internal.AssessorService;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

/** Every conflict of interest between a cycle's participants and the assessors and jurors; admins record more. */
@Controller
@RequiredArgsConstructor
class ConflictAdminController {

	private static final int PAGE_SIZE = 50;

	private final AssignmentService assignments;

	private final AssessorService assessors;

	private final CycleManagement cycles;

	@GetMapping("/admin/cycles/{cycleId}/conflicts")
	String list(@PathVariable long cycleId, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("form", DeclareForm.empty());
		return page(cycleId, page, model);
	}

	@PostMapping("/admin/cycles/{cycleId}/conflicts")
	String declare(@PathVariable long cycleId, @Valid @ModelAttribute("form") DeclareForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.accountId() == null) {
			result.rejectValue("accountId", "assessment.validation.person");
		}
		if (!result.hasErrors()) {
			try {
				assessors.declare(form.accountId(), form.bodyCode(), form.reason(), user.accountId());
				redirect.addFlashAttribute("message", "assessment.declare.done");
				return "redirect:/admin/cycles/{cycleId}/conflicts";
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(cycleId, 0, model);
	}

	@PostMapping("/admin/cycles/{cycleId}/conflicts/region")
	String region(@PathVariable long cycleId, @ModelAttribute("regionForm") AdminRegionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		cycles.cycle(cycleId);
		if (form.personId() == null) {
			result.rejectValue("personId", "assessment.validation.person");
		}
		else {
			try {
				assessors.setHomeRegionFor(form.personId(), form.homeRegionCode());
				redirect.addFlashAttribute("message", "assessment.profile.savedFor");
				return "redirect:/admin/cycles/{cycleId}/conflicts";
			}
			catch (BusinessException ex) {
				result.rejectValue("accountId".equals(ex.field()) ? "personId" : ex.field(), ex.messageKey(),
						ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("form", DeclareForm.empty());
		return page(cycleId, 0, model);
	}

	@PostMapping("/admin/cycles/{cycleId}/conflicts/{declaredId}/withdraw")
	String withdraw(@PathVariable long cycleId, @PathVariable long declaredId, RedirectAttributes redirect) {
		cycles.cycle(cycleId);
		assessors.withdraw(declaredId);
		redirect.addFlashAttribute("message", "assessment.declare.withdrawn");
		return "redirect:/admin/cycles/{cycleId}/conflicts";
	}

	private String page(long cycleId, int page, Model model) {
		var cycle = cycles.cycle(cycleId);
		var all = assignments.conflicts(cycleId);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		var content = all.subList(Math.min(shown * PAGE_SIZE, all.size()), Math.min((shown + 1) * PAGE_SIZE, all.size()));
		model.addAttribute("cycle", cycle);
		model.addAttribute("conflicts", new PageImpl<>(List.copyOf(content), PageRequest.of(shown, PAGE_SIZE), all.size()));
		model.addAttribute("people", assessors.people()
			.stream()
			.map(p -> new Option(String.valueOf(p.accountId()), p.displayName()))
			.toList());
		model.addAttribute("regions", assessors.regions()
			.stream()
			.map(r -> new Option(r.code(), r.name()))
			.toList());
		if (!model.containsAttribute("regionForm")) {
			model.addAttribute("regionForm", new AdminRegionForm(null, null));
		}
		return "assessment/conflicts";
	}

}
