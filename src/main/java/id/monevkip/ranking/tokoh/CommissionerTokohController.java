package id.monevkip.ranking.tokoh;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
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

/** The commissioners' page of a cycle's tokoh award: the aggregated ranking and the selection with reasons. */
@Controller
@RequiredArgsConstructor
class CommissionerTokohController {

	private final TokohRanking ranking;

	private final Selections selections;

	private final Rounds rounds;

	private final TokohRubric rubric;

	private final CycleManagement cycles;

	private final Nominations nominations;

	@GetMapping("/commissioner/cycles/{id}/tokoh")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("cycle", cycles.cycle(id));
		model.addAttribute("open", rounds.round(id).nominationsOpen());
		model.addAttribute("published", rounds.published(id));
		model.addAttribute("criteria", rubric.criteria(id));
		model.addAttribute("ranking", ranking.ranking(id));
		return "ranking/tokoh/commissioner";
	}

	@GetMapping("/commissioner/tokoh/nominations/{id}")
	String nomination(@PathVariable long id, @AuthenticationPrincipal CurrentUser commissioner, Model model) {
		var nomination = nominations.visible(id, commissioner);
		model.addAttribute("nomination", nomination);
		model.addAttribute("cycle", cycles.cycle(nomination.cycleId()));
		return "ranking/tokoh/nomination-show";
	}

	@PostMapping("/commissioner/cycles/{id}/tokoh/nominations/{nominationId}/selection")
	String select(@PathVariable long id, @PathVariable long nominationId,
			@RequestParam(defaultValue = "select") String action, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal CurrentUser commissioner, Model model, RedirectAttributes redirect) {
		try {
			if ("unselect".equals(action)) {
				selections.unselect(id, nominationId, commissioner);
				redirect.addFlashAttribute("message", "tokoh.selection.removed");
			}
			else {
				selections.select(id, nominationId, reason, commissioner);
				redirect.addFlashAttribute("message", "tokoh.selection.saved");
			}
			return "redirect:/commissioner/cycles/{id}/tokoh";
		}
		catch (BusinessException ex) {
			if (ex.field().isEmpty()) {
				// not about the reason typed: shown above the page (the forms are gone once published)
				model.addAttribute("error", ex.messageKey());
				model.addAttribute("errorArgs", ex.arguments());
				return page(id, model);
			}
			model.addAttribute("selectionError", ex.messageKey());
			model.addAttribute("selectionArgs", ex.arguments());
			model.addAttribute("selectionFor", nominationId);
			model.addAttribute("selectionReason", reason);
			return page(id, model);
		}
	}

}
