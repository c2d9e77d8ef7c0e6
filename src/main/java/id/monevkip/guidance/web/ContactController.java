package id.monevkip.guidance.web;

import id.monevkip.guidance.internal.Publishing;
import id.monevkip.guidance.internal.Zone;
import id.monevkip.shared.BusinessException;
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

/** Adding, changing and deleting helpdesk contacts in the admin and coordinator areas. */
@Controller
@RequiredArgsConstructor
class ContactController {

	private static final String VIEW = "guidance/contact";

	private final Publishing publishing;

	@GetMapping(Areas.AREA + "/contacts/new")
	String newForm(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", ContactForm.empty());
		return page(model, Areas.publisher(publishing, user, Zone.of(area), cycle).cycle().id(), Zone.of(area), null);
	}

	@PostMapping(Areas.AREA + "/contacts")
	String create(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var publisher = Areas.publisher(publishing, user, zone, cycle);
		if (!result.hasErrors()) {
			try {
				publishing.addContact(publisher, form.toCommand(), user);
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		if (result.hasErrors()) {
			return page(model, publisher.cycle().id(), zone, null);
		}
		redirect.addFlashAttribute("message", "guidance.contact.saved");
		return Areas.redirect(zone, publisher.cycle().id());
	}

	@GetMapping(Areas.AREA + "/contacts/{id}/edit")
	String edit(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var zone = Zone.of(area);
		var view = publishing.contact(user, zone, id);
		model.addAttribute("form", ContactForm.from(view));
		return page(model, publishing.cycleOf(user, zone, Publishing.Kind.CONTACT, id), zone, id);
	}

	@PostMapping(Areas.AREA + "/contacts/{id}")
	String update(@PathVariable String area, @PathVariable long id,
			@Valid @ModelAttribute("form") ContactForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		if (!result.hasErrors()) {
			try {
				var cycleId = publishing.updateContact(user, zone, id, form.toCommand());
				redirect.addFlashAttribute("message", "guidance.contact.saved");
				return Areas.redirect(zone, cycleId);
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(model, publishing.cycleOf(user, zone, Publishing.Kind.CONTACT, id), zone, id);
	}

	@PostMapping(Areas.AREA + "/contacts/{id}/delete")
	String delete(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var cycleId = publishing.delete(user, zone, Publishing.Kind.CONTACT, id);
		redirect.addFlashAttribute("message", "guidance.contact.deleted");
		return Areas.redirect(zone, cycleId);
	}

	private String page(Model model, long cycleId, Zone zone, @Nullable Long id) {
		var action = id == null ? zone.path() + "/contacts?cycle=" + cycleId
				: zone.path() + "/contacts/" + id;
		Areas.form(model, action, Areas.list(zone, cycleId), id != null);
		return VIEW;
	}

}
