package id.monevkip.directory.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator's respondent accounts: the list, the invitation form and the buttons of each account. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/coordinator/accounts")
class CoordinatorAccountController {

	static final String LIST = "redirect:/coordinator/accounts";

	static final String FORM = "coordinator/invite";

	static final String PATH = "/coordinator/accounts";

	private final InvitationService invitations;

	private final RespondentSearch search;

	@GetMapping
	String list(@ModelAttribute("filter") RespondentFilter filter, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var result = search.respondents(user, filter);
		model.addAttribute("accounts", result.page());
		model.addAttribute("notices", result.notices());
		model.addAttribute("bodies", invitations.bodyChoices(user));
		model.addAttribute("states", List.of(RespondentState.values()));
		model.addAttribute("pageUrl", filter.url(PATH));
		return "coordinator/accounts";
	}

	@GetMapping("/new")
	String form(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("form", InviteForm.empty(locale));
		return formPage(user, model);
	}

	@PostMapping
	String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				invitations.invite(user, form.toCommand());
				redirect.addFlashAttribute("message", "invitations.sent");
				redirect.addFlashAttribute("messageArgs", new Object[] { form.email() });
				return LIST;
			}
			catch (BusinessException e) {
				result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			}
		}
		return formPage(user, model);
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			invitations.resend(user, id);
			redirect.addFlashAttribute("message", "invitations.resent");
		}
		catch (BusinessException e) {
			redirect.addFlashAttribute("error", e.messageKey());
		}
		return LIST;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		invitations.deactivate(user, id);
		redirect.addFlashAttribute("message", "accounts.deactivated");
		return LIST;
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		invitations.activate(user, id);
		redirect.addFlashAttribute("message", "accounts.activated");
		return LIST;
	}

	private String formPage(CurrentUser user, Model model) {
		model.addAttribute("bodies", invitations.bodyChoices(user));
		model.addAttribute("languages", Arrays.stream(Language.values()).map(Language::tag).toList());
		return FORM;
	}

}
