package id.monevkip.evidence.link;

import id.monevkip.evidence.EvidenceLinks;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
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

/** The signed-in user's body's links: list with the last check, add, check now, remove. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/evidence/links")
class EvidenceLinkController {

	private static final String PAGE = "evidence/links";

	private static final String BACK = "redirect:/evidence/links";

	private final EvidenceLinks links;

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", LinkForm.empty());
		return render(user, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") LinkForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				links.add(user, ownBody(user), form.url(), form.title());
				redirect.addFlashAttribute("message", "links.added");
				return BACK;
			}
			catch (BusinessException refused) {
				result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
			}
		}
		return render(user, model);
	}

	@PostMapping("/{id}/check")
	String check(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var link = links.check(user, id);
		redirect.addFlashAttribute(link.broken() ? "error" : "message",
				link.broken() ? "links.checked.broken" : "links.checked.ok");
		redirect.addFlashAttribute(link.broken() ? "errorArgs" : "messageArgs", new Object[] { link.title() });
		return BACK;
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		links.remove(user, id);
		redirect.addFlashAttribute("message", "links.removed");
		return BACK;
	}

	private String render(CurrentUser user, Model model) {
		model.addAttribute("links", links.list(user, ownBody(user)));
		return PAGE;
	}

	/** Links belong to the body the user acts for; accounts without one have no link page. */
	private static long ownBody(CurrentUser user) {
		var body = user.bodyId();
		if (body == null) {
			throw new NotFoundException("No body for " + user.accountId());
		}
		return body;
	}

}
