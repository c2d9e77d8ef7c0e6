package id.monevkip.directory.account;

import id.monevkip.shared.BusinessException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page behind an invitation link: the invited person chooses a password, then signs in. A link that
 * no longer works (unknown, used, replaced, expired) gets one page saying so and whom to ask for a new one.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/invitations/{token}")
class InvitationController {

	static final String FORM = "invitations/accept";

	static final String INVALID = "invitations/invalid";

	private final InvitationService invitations;

	@InitBinder("form")
	void keepPasswordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new AsTypedEditor());
	}

	@GetMapping
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		var invitation = invitations.open(token);
		if (invitation.isEmpty()) {
			return invalid(response);
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
			return invalid(response);
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
			return invalid(response);
		}
		catch (BusinessException e) {
			result.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return FORM;
		}
		redirect.addFlashAttribute("message", "invitations.accepted");
		return "redirect:/login";
	}

	/** 410 Gone: the link existed perhaps, but it will never work again. */
	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return INVALID;
	}

}
