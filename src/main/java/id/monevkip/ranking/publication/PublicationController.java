package id.monevkip.ranking.publication;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
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

/** Whether a cycle's results are public; commissioners publish them (admins see the state). */
@Controller
@RequiredArgsConstructor
class PublicationController {

	private final Publications publications;

	private final CycleManagement cycles;

	private final ResultsManagement results;

	@GetMapping({ "/commissioner/cycles/{cycleId}/publication", "/admin/cycles/{cycleId}/publication" })
	String page(@PathVariable long cycleId, HttpServletRequest request, Model model) {
		var zone = request.getRequestURI().startsWith(request.getContextPath() + "/commissioner") ? "/commissioner"
				: "/admin";
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("decree", results.currentDecree(cycleId).orElse(null));
		model.addAttribute("publication", publications.publication(cycleId).orElse(null));
		model.addAttribute("zone", zone);
		model.addAttribute("canPublish", "/commissioner".equals(zone));
		return "ranking/publication/page";
	}

	/** The commissioner confirms explicitly: publishing cannot be undone here. */
	@PostMapping("/commissioner/cycles/{cycleId}/publication")
	String publish(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String confirm,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		cycles.cycle(cycleId);
		if (!"true".equals(confirm)) {
			redirect.addFlashAttribute("error", "publication.confirmNeeded");
			return back(cycleId);
		}
		try {
			var done = publications.publish(cycleId, user);
			redirect.addFlashAttribute("message", "publication.published");
			redirect.addFlashAttribute("messageArgs", new Object[] { String.valueOf(done.year()) });
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return back(cycleId);
	}

	private static String back(long cycleId) {
		return "redirect:/commissioner/cycles/" + cycleId + "/publication";
	}

}
