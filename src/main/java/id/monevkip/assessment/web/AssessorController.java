package id.monevkip.assessment.web;

import java.util.List;

import id.monevkip.assessment.AssessmentManagement;
import id.monevkip.assessment.internal.AssessorService;
import id.monevkip.assessment.session.SessionService;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home of assessors and jurors (the bodies they assess in the current cycle) and the page where they tell their
 * home kabupaten/kota and declare conflicts of interest.
 */
@Controller
@RequiredArgsConstructor
class AssessorController {

	private final AssessmentManagement assessment;

	private final AssessorService assessors;

	private final CycleManagement cycles;

	private final SessionService sessions;

	@GetMapping("/assessor")
	String assessorHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("titleKey", "home.assessor.title");
		return home(user, model);
	}

	@GetMapping("/juror")
	String jurorHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("titleKey", "home.juror.title");
		return home(user, model);
	}

	private String home(CurrentUser user, Model model) {
		var cycle = cycles.current();
		model.addAttribute("cycle", cycle.orElse(null));
		model.addAttribute("assignments",
				cycle.map(c -> assessment.assignmentsOf(c.id(), user.accountId())).orElse(List.of()));
		model.addAttribute("sessions", cycle.map(c -> sessions.list(c.id(), user)).orElse(List.of()));
		return "assessment/home";
	}

	@GetMapping("/assessor/conflicts")
	String conflicts(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", DeclareForm.empty());
		return page(user, model);
	}

	@PostMapping("/assessor/conflicts/region")
	String region(@ModelAttribute RegionForm region, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			assessors.setHomeRegion(user.accountId(), region.homeRegionCode());
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/assessor/conflicts";
		}
		redirect.addFlashAttribute("message", "assessment.profile.saved");
		return "redirect:/assessor/conflicts";
	}

	@PostMapping("/assessor/conflicts")
	String declare(@Valid @ModelAttribute("form") DeclareForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				assessors.declare(user.accountId(), form.bodyCode(), form.reason(), user.accountId());
				redirect.addFlashAttribute("message", "assessment.declare.done");
				return "redirect:/assessor/conflicts";
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		return page(user, model);
	}

	@PostMapping("/assessor/conflicts/{declaredId}/withdraw")
	String withdraw(@PathVariable long declaredId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		assessors.withdraw(user.accountId(), declaredId);
		redirect.addFlashAttribute("message", "assessment.declare.withdrawn");
		return "redirect:/assessor/conflicts";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("profile", assessors.profile(user.accountId()));
		model.addAttribute("regions", assessors.regions()
			.stream()
			.map(r -> new Option(r.code(), r.code() + " " + r.name()))
			.toList());
		return "assessment/profile";
	}

}
