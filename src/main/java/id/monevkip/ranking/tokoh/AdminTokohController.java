package id.monevkip.ranking.tokoh;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page of a cycle's tokoh award: nominations, rubric, special team, closing, and the ranking. */
@Controller
@RequiredArgsConstructor
class AdminTokohController {

	private final Nominations nominations;

	private final TokohRubric rubric;

	private final TokohTeam team;

	private final TokohRanking ranking;

	private final Rounds rounds;

	private final CycleManagement cycles;

	@GetMapping("/admin/cycles/{id}/tokoh")
	String page(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Model model) {
		if (!model.containsAttribute("rubricForm")) {
			model.addAttribute("rubricForm", RubricForm.of(rubric.criteria(id)));
		}
		var round = rounds.round(id);
		model.addAttribute("cycle", cycles.cycle(id));
		model.addAttribute("open", round.nominationsOpen());
		model.addAttribute("closedAt", round.getNominationsClosedAt());
		model.addAttribute("closedBy", round.getClosedByName());
		model.addAttribute("published", rounds.published(id));
		model.addAttribute("criteria", rubric.criteria(id));
		model.addAttribute("defaultRubric", rubric.isDefault(id));
		model.addAttribute("nominations", nominations.list(id, admin));
		model.addAttribute("members", team.members(id));
		model.addAttribute("candidates", team.candidates(id));
		model.addAttribute("ranking", ranking.ranking(id));
		return "ranking/tokoh/admin";
	}

	@PostMapping("/admin/cycles/{id}/tokoh/rubric")
	String rubric(@PathVariable long id, @ModelAttribute("rubricForm") RubricForm form,
			@AuthenticationPrincipal CurrentUser admin, Model model, RedirectAttributes redirect) {
		try {
			rounds.requireNominationsOpen(id);
			rubric.define(id, form.toRows());
		}
		catch (BusinessException ex) {
			var errors = new BeanPropertyBindingResult(form, "rubricForm");
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
			model.addAttribute("org.springframework.validation.BindingResult.rubricForm", errors);
			return page(id, admin, model);
		}
		redirect.addFlashAttribute("message", "tokoh.rubric.saved");
		return "redirect:/admin/cycles/{id}/tokoh";
	}

	@PostMapping("/admin/cycles/{id}/tokoh/team")
	String add(@PathVariable long id, @RequestParam long accountId, RedirectAttributes redirect) {
		return act(redirect, "tokoh.team.added", () -> team.add(id, accountId));
	}

	@PostMapping("/admin/cycles/{id}/tokoh/team/{accountId}/remove")
	String remove(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
		return act(redirect, "tokoh.team.removed", () -> team.remove(id, accountId));
	}

	@PostMapping("/admin/cycles/{id}/tokoh/close")
	String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, RedirectAttributes redirect) {
		return act(redirect, "tokoh.nominations.closedDone", () -> rounds.close(id, admin));
	}

	private static String act(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/admin/cycles/{id}/tokoh";
	}

}
