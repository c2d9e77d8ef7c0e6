package id.monevkip.shared;

import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and the root URL that sends everyone where they belong. */
@Controller
@RequiredArgsConstructor
class LoginController {

	private final ObjectProvider<DemoLoginHints> demoLoginHints;

	@GetMapping("/login")
	String login(Authentication authentication, HttpSession session, Model model) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return "redirect:" + user.homePath();
		}
		model.addAttribute("email", session.getAttribute(LoginFailureHandler.LAST_EMAIL));
		session.removeAttribute(LoginFailureHandler.LAST_EMAIL);
		model.addAttribute("demoLogins", demoLoginHints.orderedStream().flatMap(h -> h.logins().stream()).toList());
		return "login";
	}

	@GetMapping("/")
	String root(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? "redirect:/login" : "redirect:" + user.homePath();
	}

}
