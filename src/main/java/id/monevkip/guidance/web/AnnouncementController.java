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

/** Adding, changing and deleting announcements in the admin and coordinator areas. */
@Controller
@RequiredArgsConstructor
class AnnouncementController {

	private static final String VIEW = "guidance/announcement";

	private final Publishing publishing;

	@GetMapping(Areas.AREA + "/announcements/new")
	String newForm(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", AnnouncementForm.empty());
		return page(model, Areas.publisher(publishing, user, Zone.of(area), cycle).cycle().id(), Zone.of(area), null);
	}

	@PostMapping(Areas.AREA + "/announcements")
	String create(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@Valid @ModelAttribute("form") AnnouncementForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var publisher = Areas.publisher(publishing, user, zone, cycle);
		form.rejectUnreadable(result);
		if (result.hasErrors()) {
			return page(model, publisher.cycle().id(), zone, null);
		}
		publishing.announce(publisher, form.toCommand(), user);
		redirect.addFlashAttribute("message", "guidance.announcement.saved");
		return Areas.redirect(zone, publisher.cycle().id());
	}

	@GetMapping(Areas.AREA + "/announcements/{id}/edit")
	String edit(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var zone = Zone.of(area);
		var view = publishing.announcement(user, zone, id);
		model.addAttribute("form", AnnouncementForm.from(view));
		return page(model, publishing.cycleOf(user, zone, Publishing.Kind.ANNOUNCEMENT, id), zone, id);
	}

	@PostMapping(Areas.AREA + "/announcements/{id}")
	String update(@PathVariable String area, @PathVariable long id,
			@Valid @ModelAttribute("form") AnnouncementForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		form.rejectUnreadable(result);
		if (result.hasErrors()) {
			return page(model, publishing.cycleOf(user, zone, Publishing.Kind.ANNOUNCEMENT, id), zone, id);
		}
		var cycleId = publishing.updateAnnouncement(user, zone, id, form.toCommand());
		redirect.addFlashAttribute("message", "guidance.announcement.saved");
		return Areas.redirect(zone, cycleId);
	}

	@PostMapping(Areas.AREA + "/announcements/{id}/delete")
	String delete(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var cycleId = publishing.delete(user, zone, Publishing.Kind.ANNOUNCEMENT, id);
		redirect.addFlashAttribute("message", "guidance.announcement.deleted");
		return Areas.redirect(zone, cycleId);
	}

	private String page(Model model, long cycleId, Zone zone, @Nullable Long id) {
		var action = id == null ? zone.path() + "/announcements?cycle=" + cycleId
				: zone.path() + "/announcements/" + id;
		Areas.form(model, action, Areas.list(zone, cycleId), id != null);
		return VIEW;
	}

}
