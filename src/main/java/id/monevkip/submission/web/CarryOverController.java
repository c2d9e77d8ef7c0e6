package id.monevkip.submission.web;

import java.util.List;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.CarryOverService;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Last year's evidence: ticked "still valid" items are attached to the same questions again. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}/carry-over")
class CarryOverController {

	private final CarryOverService carryOver;

	@GetMapping
	String list(@PathVariable long submissionId, @RequestParam(name = "all", defaultValue = "false") boolean all,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("submissionId", submissionId);
		model.addAttribute("all", all);
		model.addAttribute("items", carryOver.candidates(user, submissionId));
		return "submission/carry-over";
	}

	@PostMapping
	String carry(@PathVariable long submissionId, @RequestParam(name = "picks", required = false) @Nullable List<String> picks,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			int carried = carryOver.carry(user, submissionId, picks == null ? List.of() : picks);
			redirect.addFlashAttribute("message", "submission.carry.done");
			redirect.addFlashAttribute("messageArgs", new Object[] { carried });
			return "redirect:/respondent";
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			return "redirect:/respondent/submissions/" + submissionId + "/carry-over";
		}
	}

}
