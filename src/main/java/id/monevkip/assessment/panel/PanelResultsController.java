package id.monevkip.assessment.panel;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Panel results of a cycle for admins and commissioners, under a neutral address (two roles read it; the service
 * answers 404 to anyone else). Commissioners reach the current cycle's results through /commissioner/panels.
 */
@Controller
@RequiredArgsConstructor
class PanelResultsController {

	private final PanelResultsService results;

	private final CycleManagement cycles;

	@GetMapping("/assessment/cycles/{cycleId}/panels")
	String results(@PathVariable long cycleId, @RequestParam(defaultValue = "PRESENTATION") PanelStage stage,
			@AuthenticationPrincipal CurrentUser viewer, Model model) {
		model.addAttribute("view", results.results(viewer, cycleId, stage));
		model.addAttribute("stages", PanelStage.values());
		model.addAttribute("admin", viewer.has(Role.ADMIN));
		return "panel/results";
	}

	@GetMapping("/commissioner/panels")
	String current() {
		var cycle = cycles.current().orElseThrow(() -> new NotFoundException("No cycle"));
		return "redirect:/assessment/cycles/" + cycle.id() + "/panels";
	}

}
