package id.monevkip.submission.web;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.guidance.GuidanceManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The respondent's home: the cycle, the deadline, the body's progress and what is still missing. */
@Controller
@RequiredArgsConstructor
class RespondentHomeController {

	private final Workspaces workspaces;

	private final RespondentPages pages;

	private final DirectoryManagement directory;

	private final GuidanceManagement guidance;

	@GetMapping("/respondent")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.bodyId() == null) {
			throw new NotFoundException("Body of account " + user.accountId());
		}
		model.addAttribute("body", directory.visibleBody(user, user.bodyId()));
		model.addAttribute("guidance", guidance.current(user.bodyId()));
		var entry = workspaces.current(user);
		if (entry instanceof Workspaces.Entry.Ready ready) {
			model.addAttribute("page", pages.home(user, ready.workspace()));
		}
		else if (entry instanceof Workspaces.Entry.Unavailable unavailable) {
			model.addAttribute("unavailable", unavailable.reasonKey());
			model.addAttribute("cycle", unavailable.cycle());
		}
		return "submission/home";
	}

}
