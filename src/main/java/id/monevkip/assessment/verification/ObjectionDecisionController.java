package id.monevkip.assessment.verification;

import java.util.Arrays;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.ObjectionStatus;
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

/**
 * Objections of a cycle: assessors decide them at /assessor/objections, admins and commissioners read the same list
 * at /assessment/objections.
 */
@Controller
@RequiredArgsConstructor
class ObjectionDecisionController {

	private final ObjectionDecisions decisions;

	private final CycleManagement cycles;

	@GetMapping({ "/assessor/objections", "/assessment/objections" })
	String list(@RequestParam(required = false) @Nullable Long cycle,
			@RequestParam(required = false) @Nullable String status, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var shown = cycle(cycle);
		var filter = status(status);
		model.addAttribute("cycle", shown);
		model.addAttribute("status", filter);
		model.addAttribute("statuses", ObjectionStatus.values());
		model.addAttribute("rows", shown == null ? java.util.List.of() : decisions.list(user, shown.id(), filter));
		return "verification/objections";
	}

	@PostMapping("/assessor/objections/{objectionId}/decision")
	String decide(@PathVariable long objectionId, @Valid @ModelAttribute("form") DecisionForm form,
			BindingResult result, @RequestParam(required = false) @Nullable Long cycle,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var back = "redirect:/assessor/objections" + (cycle == null ? "" : "?cycle=" + cycle);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", result.getFieldError("decision") != null
					? "verification.objection.decisionRequired" : "verification.objection.reasonRequired");
			return back;
		}
		try {
			decisions.decide(user, objectionId, form.decision(), form.reason());
			redirect.addFlashAttribute("message", "verification.objection.decided." + form.decision());
			redirect.addFlashAttribute("messageArgs", new Object[] { objectionId });
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return back;
	}

	private @Nullable CycleView cycle(@Nullable Long cycleId) {
		if (cycleId == null) {
			return cycles.current().orElse(null);
		}
		try {
			return cycles.cycle(cycleId);
		}
		catch (NotFoundException ex) {
			return cycles.current().orElse(null);
		}
	}

	/** An unknown status filter shows every objection rather than an error page. */
	private static @Nullable ObjectionStatus status(@Nullable String status) {
		return Arrays.stream(ObjectionStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
	}

}
