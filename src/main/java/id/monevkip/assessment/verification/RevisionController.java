package id.monevkip.assessment.verification;

import java.time.LocalDate;
import java.util.Locale;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
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

/** Asking the body to revise items, and completing a verification. */
@Controller
@RequiredArgsConstructor
class RevisionController {

	private final ReviewService reviews;

	private final VerificationService verification;

	private final CycleManagement cycles;

	/** The revision form, with the items marked "needs revision" ticked and the revision window's end as deadline. */
	@GetMapping("/assessor/verifications/{submissionId}/revision")
	String revisionForm(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		var page = reviews.review(user, submissionId, locale);
		var deadline = cycles.cycle(page.sheet().submission().cycleId())
			.window(Stage.REVISION)
			.map(w -> LocalDate.ofInstant(w.closesAt(), Wita.ZONE))
			.orElse(null);
		model.addAttribute("form", RevisionForm.preselected(page.needsRevisionCodes(), deadline));
		model.addAttribute("page", page);
		return "verification/revision";
	}

	@PostMapping("/assessor/verifications/{submissionId}/revision")
	String requestRevision(@PathVariable long submissionId, @Valid @ModelAttribute("form") RevisionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				verification.requestRevision(user, submissionId, form.codes(), form.deadlineInstant(), form.message());
				redirect.addFlashAttribute("message", "verification.revision.requested");
				return "redirect:/assessor/verifications/{submissionId}";
			}
			catch (BusinessException ex) {
				result.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("page", reviews.review(user, submissionId, locale));
		return "verification/revision";
	}

	@PostMapping("/assessor/verifications/{submissionId}/complete")
	String complete(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			verification.complete(user, submissionId);
			redirect.addFlashAttribute("message", "verification.completed");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/assessor/verifications/{submissionId}";
	}

}
