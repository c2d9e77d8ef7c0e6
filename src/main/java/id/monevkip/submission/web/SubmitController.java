package id.monevkip.submission.web;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
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

/** Check before sending (links are checked now), send, and the receipt of every sealed round. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}")
class SubmitController {

	private final SubmitService submit;

	private final Workspaces workspaces;

	private final DirectoryManagement directory;

	private final java.time.Clock clock;

	@GetMapping("/check")
	String check(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var completeness = submit.check(user, submissionId);
		return checkPage(user, submissionId, completeness, model);
	}

	@PostMapping("/submit")
	String submit(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		try {
			var outcome = submit.submit(user, submissionId);
			if (!outcome.sealed()) {
				model.addAttribute("error", "submission.submit.incomplete");
				return checkPage(user, submissionId, outcome.completeness(), model);
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

	@GetMapping("/receipts/{round}")
	String receipt(@PathVariable long submissionId, @PathVariable int round, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var workspace = workspaces.of(user, submissionId);
		var body = directory.visibleBody(user, workspace.submission().getBodyId());
		model.addAttribute("receipt", new ReceiptPage(workspace, body.name(), submit.receipt(user, submissionId, round)));
		return "submission/receipt";
	}

	private String checkPage(CurrentUser user, long submissionId, id.monevkip.submission.internal.Completeness completeness,
			Model model) {
		var workspace = workspaces.of(user, submissionId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("completeness", completeness);
		model.addAttribute("refusal", workspace.window()
			.submitRefusal(workspace.submission().getStatus(), clock.instant()).orElse(null));
		return "submission/check";
	}

}
