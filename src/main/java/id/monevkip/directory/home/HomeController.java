package id.monevkip.directory.home;

import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of each role. For now they show the directory as each role sees it; the cycle,
 * submission and assessment modules add their panels as they arrive. The respondent home belongs to the
 * submission module, which knows the body's questionnaire; those of assessors and jurors to the assessment module,
 * which knows their assignments.
 */
@Controller
@RequiredArgsConstructor
class HomeController {

	private final HomeService home;

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("stats", home.adminStats());
		return "home/admin";
	}

	@GetMapping("/commissioner")
	String commissioner(Model model) {
		model.addAttribute("categories", home.categoryCounts(null));
		return "home/commissioner";
	}

	@GetMapping("/coordinator")
	String coordinator(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("body", home.ownBody(user));
		model.addAttribute("categories", home.categoryCounts(user.bodyId()));
		return "home/coordinator";
	}

}
