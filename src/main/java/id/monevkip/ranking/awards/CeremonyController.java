package id.monevkip.ranking.awards;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.ranking.tokoh.TokohAwards;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The full-screen ceremony of the award night. Every slide is in the page; {@code ?step=} says which one shows, so
 * that the previous/next links work without JavaScript; {@code ?all=true} lists every slide (plain fallback).
 */
@Controller
@RequiredArgsConstructor
class CeremonyController {

	private final AwardResults results;

	private final SpecialAwards specials;

	private final CycleManagement cycles;

	private final TokohAwards tokoh;

	@GetMapping({ "/commissioner/cycles/{cycleId}/ceremony", "/admin/cycles/{cycleId}/ceremony" })
	String ceremony(@PathVariable long cycleId, @RequestParam(required = false) @Nullable String step,
			@RequestParam(required = false) @Nullable String all, HttpServletRequest request, Model model) {
		var cycle = cycles.cycle(cycleId);
		var slides = Ceremony.slides(cycle.title(), results.tables(cycleId), specials.of(cycleId),
				tokoh.selected(cycleId));
		int current = step != null && step.strip().matches("\\d{1,4}") ? Integer.parseInt(step.strip()) : 0;
		String zone = Zone.of(request);
		model.addAttribute("cycle", cycle);
		model.addAttribute("slides", slides);
		model.addAttribute("current", Math.min(current, slides.size() - 1));
		model.addAttribute("all", "true".equals(all));
		model.addAttribute("base", zone + "/cycles/" + cycleId + "/ceremony");
		model.addAttribute("back", zone + "/cycles/" + cycleId + (Zone.COMMISSIONER.equals(zone) ? "/awards" : "/awards/results"));
		return "ranking/awards/ceremony";
	}

}
