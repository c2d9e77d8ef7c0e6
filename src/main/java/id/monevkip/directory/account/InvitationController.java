package id.monevkip.directory.account;

import id.monevkip.shared.BusinessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The public page behind an invitation link: the invited person chooses a password, then signs in. A used link
 * says so and points to the sign-in page; any other link that no longer works (unknown, replaced, expired) gets
 * one page saying whom to ask for a new one. The pages speak the invitation's language unless the visitor chose one.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/invitations/{token}")
class InvitationController {

	static final String FORM = "invitations/accept";

	static final String INVALID = "invitations/invalid";

	static final String USED = "invitations/used";

	/** The request parameter and cookie of the language switch (shared.WebConfiguration). */
	static final String LANG = "lang";

	private final InvitationService invitations;

	private final LocaleResolver localeResolver;

	@InitBinder("form")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new AsTypedEditor());
	}

	/**
	 * Switches to the invitation's language through the application's resolver, which remembers it in the cookie:
	 * the sign-in page and the home page that follow speak it too. A visitor who chose a language (the switch in
	 * the header sets the parameter, and then the cookie) keeps theirs.
	 */
	@ModelAttribute
	void speakTheInvitationsLanguage(@PathVariable String token, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getParameter(LANG) != null || WebUtils.getCookie(request, LANG) != null) {
			return;
		}
		invitations.facts(token)
			.ifPresent(facts -> localeResolver.setLocale(request, response, facts.language().locale()));
	}

	@GetMapping
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		var invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return gone(token, response);
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("token", token);
		model.addAttribute("form", InvitationPasswordForm.empty());
		return FORM;
	}

	@PostMapping
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") InvitationPasswordForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return gone(token, response);
		}
		model.addAttribute("invitation", invitation.get());
		model.addAttribute("token", token);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			invitations.accept(token, form.newPassword(), form.confirmPassword());
		}
		catch (InvitationService.InvalidInvitationException e) {
			return gone(token, response);
		}
		catch (BusinessException e) {
			result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return FORM;
		}
		redirect.addFlashAttribute("message", "invitations.accepted");
		return "redirect:/login";
	}

	/** 410 Gone: the link existed perhaps, but it will never work again. */
	private String gone(String token, HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		boolean used = invitations.facts(token).map(InvitationService.LinkFacts::used).orElse(false);
		return used ? USED : INVALID;
	}

}
