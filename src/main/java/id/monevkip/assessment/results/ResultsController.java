package id.monevkip.assessment.results;

import id.monevkip.assessment.ledger.Actor;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft results of a cycle and each body's audit trail, for commissioners and admins. Both may recompute the
 * draft (a mechanical step that decides nothing); only commissioners issue decrees ({@link DecreeController}).
 */
@Controller
@RequiredArgsConstructor
class ResultsController {

	private final Results results;

	private final ResultPages pages;

	@GetMapping({ "/commissioner/cycles/{cycleId}/results", "/admin/cycles/{cycleId}/results" })
	String table(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String band, @RequestParam(required = false) @Nullable String page,
			HttpServletRequest request, Model model) {
		var filter = ResultFilter.of(category, band, page);
		model.addAttribute("table", pages.draft(cycleId, filter));
		model.addAttribute("ignored", filter.ignored());
		model.addAttribute("zone", zone(request));
		return "results/table";
	}

	@PostMapping({ "/commissioner/cycles/{cycleId}/results/recompute", "/admin/cycles/{cycleId}/results/recompute" })
	String recompute(@PathVariable long cycleId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			var done = results.recompute(cycleId, Actor.of(user));
			redirect.addFlashAttribute("message", "results.recomputed");
			redirect.addFlashAttribute("messageArgs", new Object[] { done.bodies(), done.changed() });
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:" + zone(request) + "/cycles/" + cycleId + "/results";
	}

	@GetMapping({ "/commissioner/cycles/{cycleId}/results/bodies/{bodyId}",
			"/admin/cycles/{cycleId}/results/bodies/{bodyId}" })
	String trail(@PathVariable long cycleId, @PathVariable long bodyId, HttpServletRequest request, Model model) {
		model.addAttribute("trail", pages.trail(cycleId, bodyId));
		model.addAttribute("zone", zone(request));
		return "results/body";
	}

	/** The zone the page was opened in; links and forms stay in it. */
	static String zone(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/commissioner") ? "/commissioner" : "/admin";
	}

}
