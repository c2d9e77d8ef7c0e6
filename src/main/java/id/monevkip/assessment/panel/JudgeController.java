package id.monevkip.assessment.panel;

import java.util.List;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
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

/** A judge's list of bodies to score in the current cycle and its score sheet for one body and stage. */
@Controller
@RequiredArgsConstructor
class JudgeController {

	private final JudgingService judging;

	private final CycleManagement cycles;

	@GetMapping("/juror/panels")
	String queue(@AuthenticationPrincipal CurrentUser judge, Model model) {
		var cycle = cycles.current();
		model.addAttribute("cycle", cycle.orElse(null));
		model.addAttribute("rows", cycle.map(c -> judging.queue(judge, c.id())).orElse(List.of()));
		return "panel/queue";
	}

	@GetMapping("/juror/panels/{cycleId}/bodies/{bodyId}/{stage}")
	String sheet(@PathVariable long cycleId, @PathVariable long bodyId, @PathVariable PanelStage stage,
			@AuthenticationPrincipal CurrentUser judge, Model model) {
		var sheet = judging.sheet(judge, cycleId, bodyId, stage);
		model.addAttribute("form", ScoreForm.from(sheet));
		model.addAttribute("sheet", sheet);
		return "panel/sheet";
	}

	@PostMapping("/juror/panels/{cycleId}/bodies/{bodyId}/{stage}")
	String save(@PathVariable long cycleId, @PathVariable long bodyId, @PathVariable PanelStage stage,
			@Valid @ModelAttribute("form") ScoreForm form, BindingResult result,
			@RequestParam(defaultValue = "draft") String action, @AuthenticationPrincipal CurrentUser judge,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var submit = "submit".equals(action);
				if (submit) {
					judging.submit(judge, cycleId, bodyId, stage, form.toScores(), form.note());
				}
				else {
					judging.score(judge, cycleId, bodyId, stage, form.toScores(), form.note());
				}
				redirect.addFlashAttribute("message", submit ? "panels.sheet.submitted.done" : "panels.sheet.saved");
				return "redirect:/juror/panels/{cycleId}/bodies/{bodyId}/{stage}";
			}
			catch (BusinessException ex) {
				result.rejectValue(form.fieldOf(ex.field()), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("sheet", judging.sheet(judge, cycleId, bodyId, stage));
		return "panel/sheet";
	}

}
