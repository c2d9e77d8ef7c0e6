package id.monevkip.progress;

import java.util.Locale;

import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The progress board and a body's answers, once per zone: the URL decides the scope (a coordinator's subtree or
 * every participant), the security zones decide who may open it.
 */
@Controller
@RequiredArgsConstructor
class ProgressController {

	private final ProgressBoard boards;

	private final MessageSource messages;

	@GetMapping("/coordinator/progress")
	String coordinator(@ModelAttribute("filter") ProgressFilter filter, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return board(Zone.COORDINATOR, filter, user, model);
	}

	@GetMapping("/admin/progress")
	String admin(@ModelAttribute("filter") ProgressFilter filter, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return board(Zone.ADMIN, filter, user, model);
	}

	@GetMapping("/commissioner/progress")
	String commissioner(@ModelAttribute("filter") ProgressFilter filter, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		return board(Zone.COMMISSIONER, filter, user, model);
	}

	@GetMapping("/coordinator/progress/bodies/{bodyId}")
	String coordinatorBody(@PathVariable long bodyId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		return body(Zone.COORDINATOR, bodyId, user, locale, model);
	}

	@GetMapping("/admin/progress/bodies/{bodyId}")
	String adminBody(@PathVariable long bodyId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		return body(Zone.ADMIN, bodyId, user, locale, model);
	}

	@GetMapping("/commissioner/progress/bodies/{bodyId}")
	String commissionerBody(@PathVariable long bodyId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		return body(Zone.COMMISSIONER, bodyId, user, locale, model);
	}

	private String board(Zone zone, ProgressFilter filter, CurrentUser user, Model model) {
		model.addAttribute("board", boards.board(user, zone, filter));
		model.addAttribute("base", zone.path());
		return "progress/board";
	}

	private String body(Zone zone, long bodyId, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("sheet", boards.body(user, zone, bodyId, messages.getMessage("progress.answer.yes", null, locale),
				messages.getMessage("progress.answer.no", null, locale),
				messages.getMessage("progress.answer.none", null, locale)));
		model.addAttribute("base", zone.path());
		return "progress/body";
	}

}
