package id.monevkip.guidance.web;

import id.monevkip.guidance.internal.Publishing;
import id.monevkip.guidance.internal.Zone;
import id.monevkip.shared.CurrentUser;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and deleting FAQ entries in the admin and coordinator areas. */
@Controller
@RequiredArgsConstructor
class FaqController {

	private static final String VIEW = "guidance/faq";

	private final Publishing publishing;

	@GetMapping(Areas.AREA + "/faqs/new")
	String newForm(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", FaqForm.empty());
		return page(model, Areas.publisher(publishing, user, Zone.of(area), cycle).cycle().id(), Zone.of(area), null);
	}

	@PostMapping(Areas.AREA + "/faqs")
	String create(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@Valid @ModelAttribute("form") FaqForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var publisher = Areas.publisher(publishing, user, zone, cycle);
		if (result.hasErrors()) {
			return page(model, publisher.cycle().id(), zone, null);
		}
		publishing.addFaq(publisher, form.toCommand(), user);
		redirect.addFlashAttribute("message", "guidance.faq.saved");
		return Areas.redirect(zone, publisher.cycle().id());
	}

	@GetMapping(Areas.AREA + "/faqs/{id}/edit")
	String edit(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var zone = Zone.of(area);
		var view = publishing.faq(user, zone, id);
		model.addAttribute("form", FaqForm.from(view));
		return page(model, publishing.cycleOf(user, zone, Publishing.Kind.FAQ, id), zone, id);
	}

	@PostMapping(Areas.AREA + "/faqs/{id}")
	String update(@PathVariable String area, @PathVariable long id,
			@Valid @ModelAttribute("form") FaqForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		if (result.hasErrors()) {
			return page(model, publishing.cycleOf(user, zone, Publishing.Kind.FAQ, id), zone, id);
		}
		var cycleId = publishing.updateFaq(user, zone, id, form.toCommand());
		redirect.addFlashAttribute("message", "guidance.faq.saved");
		return Areas.redirect(zone, cycleId);
	}

	@PostMapping(Areas.AREA + "/faqs/{id}/delete")
	String delete(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var cycleId = publishing.delete(user, zone, Publishing.Kind.FAQ, id);
		redirect.addFlashAttribute("message", "guidance.faq.deleted");
		return Areas.redirect(zone, cycleId);
	}

	private String page(Model model, long cycleId, Zone zone, @Nullable Long id) {
		var action = id == null ? zone.path() + "/faqs?cycle=" + cycleId
				: zone.path() + "/faqs/" + id;
		Areas.form(model, action, Areas.list(zone, cycleId), id != null);
		return VIEW;
	}

}
