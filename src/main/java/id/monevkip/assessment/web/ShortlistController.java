package id.monevkip.assessment.web;

import id.monevkip.assessment.ledger.Actor;
import id.monevkip.assessment.shortlist.Shortlists;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * The shortlist for presentation and visitasi. Commissioners draw it from the policy and adjust it with a reason;
 * admins see it and may draw it (a mechanical step), but only commissioners decide on single bodies.
 */
@Controller
@RequiredArgsConstructor
class ShortlistController {

	private final Shortlists shortlists;

	@GetMapping({ "/commissioner/cycles/{cycleId}/shortlist", "/admin/cycles/{cycleId}/shortlist" })
	String page(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String category,
			HttpServletRequest request, Model model) {
		return show(cycleId, category, zone(request), model);
	}

	@PostMapping({ "/commissioner/cycles/{cycleId}/shortlist/draw", "/admin/cycles/{cycleId}/shortlist/draw" })
	String draw(@PathVariable long cycleId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		long included = shortlists.draw(cycleId, Actor.of(user));
		redirect.addFlashAttribute("message", "results.shortlist.drawn");
		redirect.addFlashAttribute("messageArgs", new Object[] { included });
		return "redirect:" + zone(request) + "/cycles/" + cycleId + "/shortlist";
	}

	@PostMapping("/commissioner/cycles/{cycleId}/shortlist/bodies/{bodyId}")
	String adjust(@PathVariable long cycleId, @PathVariable long bodyId,
			@RequestParam(required = false) @Nullable String category,
			@Valid @ModelAttribute("form") ShortlistForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				shortlists.adjust(cycleId, bodyId, form.include(), form.reason(), Actor.of(user));
				redirect.addFlashAttribute("message", form.include() ? "results.shortlist.added" : "results.shortlist.removed");
				return "redirect:/commissioner/cycles/" + cycleId + "/shortlist"
						+ (category == null ? "" : "?category=" + category) + "#body-" + bodyId;
			}
			catch (BusinessException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		// shown again with what was typed, next to the body it was for
		model.addAttribute("failedBodyId", bodyId);
		return show(cycleId, category, "/commissioner", model);
	}

	private String show(long cycleId, @Nullable String category, String zone, Model model) {
		Long categoryId = null;
		if (category != null && !category.isBlank()) {
			try {
				categoryId = Long.valueOf(category.strip());
			}
			catch (NumberFormatException ex) {
				model.addAttribute("notice", "results.shortlist.unknownCategory");
			}
		}
		model.addAttribute("view", shortlists.page(cycleId, categoryId));
		model.addAttribute("zone", zone);
		model.addAttribute("canAdjust", "/commissioner".equals(zone));
		return "assessment/shortlist";
	}

	/** The zone the page was opened in: decisions are taken only in the commissioners' one. */
	private static String zone(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/commissioner") ? "/commissioner" : "/admin";
	}

}
