package id.monevkip.directory.account;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user changes their own password here. After an administrator's reset the login sends
 * people here with {@code ?required}, and the page says why.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/account/password")
class PasswordController {

	static final String VIEW = "account/password";

	private final AccountService accounts;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	@InitBinder("form")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new AsTypedEditor());
	}

	@GetMapping
	String form(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("form", PasswordForm.empty());
		model.addAttribute("required", user.mustChangePassword() || request.getParameter("required") != null);
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("required", user.mustChangePassword());
		if (result.hasErrors()) {
			return VIEW;
		}
		CurrentUser changed;
		try {
			changed = accounts.changeOwnPassword(user.accountId(), form.currentPassword(), form.newPassword(),
					form.confirmPassword());
		}
		catch (BusinessException e) {
			result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return VIEW;
		}
		signInAgain(changed, request, response);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:" + changed.homePath();
	}

	/**
	 * The session still holds the principal from the login, which says the password must be changed;
	 * replace it so that the rest of the session sees the account as it is now.
	 */
	private void signInAgain(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		var strategy = SecurityContextHolder.getContextHolderStrategy();
		var context = strategy.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		strategy.setContext(context);
		securityContexts.saveContext(context, request, response);
	}

}
