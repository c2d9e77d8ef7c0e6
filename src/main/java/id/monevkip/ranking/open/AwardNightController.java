package id.monevkip.ranking.open;

import id.monevkip.ranking.awards.AwardWinners;
import id.monevkip.ranking.tokoh.TokohAwards;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The award night's results for the public: the winners of each award category, the special awards with their
 * citations and the selected tokoh. Like every public page, only for a published year.
 */
@Controller
@RequiredArgsConstructor
class AwardNightController {

	private final OpenResults results;

	private final AwardWinners awards;

	private final TokohAwards tokoh;

	@GetMapping("/hasil/{tahun:\\d{4}}/penghargaan")
	ModelAndView awards(@PathVariable int tahun) {
		var published = results.year(tahun);
		if (published.isEmpty()) {
			return OpenResultsController.notPublished(tahun, results.years());
		}
		long cycleId = published.get().publication().cycleId();
		var view = new ModelAndView("public/awards");
		view.addObject("results", published.get());
		view.addObject("winners", awards.winners(cycleId));
		view.addObject("specialAwards", awards.specialAwards(cycleId));
		view.addObject("tokoh", tokoh.selected(cycleId));
		return view;
	}

}
