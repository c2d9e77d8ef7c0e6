package id.monevkip.assessment.web;

import id.monevkip.cycle.CycleManagement;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The commissioners' way into each cycle's assessment: shortlist, panels, results. */
@Controller
@RequiredArgsConstructor
class CommissionerCyclesController {

	private final CycleManagement cycles;

	@GetMapping("/commissioner/cycles")
	String list(Model model) {
		model.addAttribute("cycles", cycles.all());
		return "assessment/commissioner-cycles";
	}

}
