package id.monevkip.submission.web;

import java.time.Clock;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.Completeness;
import id.monevkip.submission.internal.SubmitService;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending in three steps: check (links are checked now), confirm (one page with the summary and one button), send.
 * The receipt of every sealed round is {@link ReceiptController}'s.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}")
class SubmitController {

	private final SubmitService submit;

	private final Workspaces workspaces;

	private final Clock clock;

	@GetMapping("/check")
	String check(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page("submission/check", user, submissionId, submit.check(user, submissionId), model);
	}

	/** The summary by the last checks (the check page has just checked the links; sending checks them again). */
	@GetMapping("/confirm")
	String confirm(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page("submission/confirm", user, submissionId, submit.summary(user, submissionId), model);
	}

	@PostMapping("/submit")
	String submit(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			var outcome = submit.submit(user, submissionId);
			if (!outcome.sealed()) {
				model.addAttribute("error", outcome.completeness().blockedByLinks() ? "submission.submit.brokenLinksBlock"
						: "submission.submit.incomplete");
				return page("submission/check", user, submissionId, outcome.completeness(), model);
			}
			redirect.addFlashAttribute("message", "submission.submit.done");
			return "redirect:/respondent/submissions/" + submissionId + "/receipts/" + outcome.snapshot().getRound();
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
			return "redirect:/respondent";
		}
	}

	private String page(String view, CurrentUser user, long submissionId, Completeness completeness, Model model) {
		var workspace = workspaces.of(user, submissionId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("completeness", completeness);
		model.addAttribute("refusal", workspace.window()
			.submitRefusal(workspace.submission().getStatus(), clock.instant()).orElse(null));
		return view;
	}

}
