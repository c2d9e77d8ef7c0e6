package id.monevkip.directory.account;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons on an account's page: reset its password, switch it off and on, lift a lock. Each answers
 * with the account page again and a message saying what happened.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/accounts/{id}")
class AccountActionController {

	static final String ACCOUNT_PAGE = "redirect:/admin/accounts/{id}/edit";

	private final AccountService accounts;

	/** The temporary password travels as a flash attribute: shown on the next page once, never in a URL. */
	@PostMapping("/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(id));
		redirect.addFlashAttribute("message", "accounts.passwordReset");
		return ACCOUNT_PAGE;
	}

	@PostMapping("/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			accounts.deactivate(id, user.accountId());
			redirect.addFlashAttribute("message", "accounts.deactivated");
		}
		catch (BusinessException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return ACCOUNT_PAGE;
	}

	@PostMapping("/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		accounts.activate(id);
		redirect.addFlashAttribute("message", "accounts.activated");
		return ACCOUNT_PAGE;
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		redirect.addFlashAttribute("message", "accounts.unlocked");
		return ACCOUNT_PAGE;
	}

}
