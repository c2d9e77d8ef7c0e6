package id.monevkip.guidance.web;

import id.monevkip.guidance.internal.GuideFiles;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding guide documents (a title and a file), renaming and deleting them in the admin and coordinator areas. A
 * refused file is reported on the form (as an error of the whole form, since the file is a request part of its own)
 * with the title kept; the browser cannot keep the chosen file.
 */
@Controller
@RequiredArgsConstructor
class GuideController {

	private static final String VIEW = "guidance/guide";

	private final Publishing publishing;

	@GetMapping(Areas.AREA + "/guides/new")
	String newForm(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", GuideForm.empty());
		return page(model, Areas.publisher(publishing, user, Zone.of(area), cycle).cycle().id(), Zone.of(area), null);
	}

	@PostMapping(Areas.AREA + "/guides")
	String create(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@Valid @ModelAttribute("form") GuideForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var publisher = Areas.publisher(publishing, user, zone, cycle);
		var chosen = file != null && !file.isEmpty() ? file : null;
		if (chosen == null) {
			result.reject("guidance.guide.fileRequired");
		}
		else if (chosen.getSize() > GuideFiles.MAX_BYTES) {
			result.reject("guidance.guide.tooLarge", new Object[] { GuideFiles.MAX_BYTES / (1024 * 1024) }, null);
		}
		if (!result.hasErrors()) {
			try {
				publishing.addGuide(publisher, form.title(), chosen.getOriginalFilename(), chosen::getInputStream, user);
				redirect.addFlashAttribute("message", "guidance.guide.saved");
				return Areas.redirect(zone, publisher.cycle().id());
			}
			catch (BusinessException ex) {
				// every refusal of the service is about the file, which the form record does not hold
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(model, publisher.cycle().id(), zone, null);
	}

	@GetMapping(Areas.AREA + "/guides/{id}/edit")
	String edit(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var zone = Zone.of(area);
		var view = publishing.guide(user, zone, id);
		model.addAttribute("form", GuideForm.from(view));
		model.addAttribute("guide", view);
		return page(model, publishing.cycleOf(user, zone, Publishing.Kind.GUIDE, id), zone, id);
	}

	@PostMapping(Areas.AREA + "/guides/{id}")
	String update(@PathVariable String area, @PathVariable long id, @Valid @ModelAttribute("form") GuideForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var zone = Zone.of(area);
		if (result.hasErrors()) {
			model.addAttribute("guide", publishing.guide(user, zone, id));
			return page(model, publishing.cycleOf(user, zone, Publishing.Kind.GUIDE, id), zone, id);
		}
		var cycleId = publishing.retitleGuide(user, zone, id, form.title());
		redirect.addFlashAttribute("message", "guidance.guide.saved");
		return Areas.redirect(zone, cycleId);
	}

	@PostMapping(Areas.AREA + "/guides/{id}/delete")
	String delete(@PathVariable String area, @PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var zone = Zone.of(area);
		var cycleId = publishing.delete(user, zone, Publishing.Kind.GUIDE, id);
		redirect.addFlashAttribute("message", "guidance.guide.deleted");
		return Areas.redirect(zone, cycleId);
	}

	private String page(Model model, long cycleId, Zone zone, @Nullable Long id) {
		var action = id == null ? zone.path() + "/guides?cycle=" + cycleId : zone.path() + "/guides/" + id;
		Areas.form(model, action, Areas.list(zone, cycleId), id != null);
		return VIEW;
	}

}
