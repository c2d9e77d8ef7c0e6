package id.monevkip.ranking.certificates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A respondent's or coordinator's own body's published results, newest first, with its certificate, report card and
 * public page. Cycles not yet published are not listed: their results are not the body's to see yet.
 */
@Controller
@RequiredArgsConstructor
class OwnResultsController {

	private final CycleManagement cycles;

	private final Publications publications;

	private final ResultsManagement results;

	private final DirectoryManagement directory;

	/** One published cycle with the body's result in the decree in force (null when it has none). */
	public record OwnResult(CycleView cycle, DecreeView decree, ResultView result) {
	}

	@GetMapping({ "/respondent/results", "/coordinator/results" })
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		var own = new ArrayList<OwnResult>();
		Long bodyId = user.bodyId();
		if (bodyId != null) {
			for (var cycle : cycles.cyclesOf(bodyId)) {
				if (!publications.isPublished(cycle.id())) {
					continue;
				}
				results.currentDecree(cycle.id())
					.ifPresent(decree -> results.result(decree, bodyId)
						.ifPresent(r -> own.add(new OwnResult(cycle, decree, r))));
			}
			own.sort(Comparator.comparingInt((OwnResult r) -> r.cycle().year()).reversed());
			model.addAttribute("body", directory.bodies(List.of(bodyId)).get(0));
		}
		model.addAttribute("results", own);
		model.addAttribute("zone", user.roles().contains(id.monevkip.shared.Role.RESPONDENT) ? "/respondent" : "/coordinator");
		return "ranking/certificates/own";
	}

}
