package id.monevkip.ranking.tokoh;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
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

/** A juror's list of tokoh nominations (cycles whose team they are on) and the score sheet of one nomination. */
@Controller
@RequiredArgsConstructor
class JurorTokohController {

	private final Jury jury;

	@GetMapping("/juror/tokoh")
	String list(@AuthenticationPrincipal CurrentUser juror, Model model) {
		model.addAttribute("rounds", jury.rounds(juror));
		return "ranking/tokoh/juror-list";
	}

	@GetMapping("/juror/tokoh/nominations/{id}")
	String sheet(@PathVariable long id, @AuthenticationPrincipal CurrentUser juror, Model model) {
		var sheet = jury.sheet(juror, id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("form", ScoreSheetForm.of(sheet));
		return "ranking/tokoh/juror-sheet";
	}

	@PostMapping("/juror/tokoh/nominations/{id}")
	String score(@PathVariable long id, @ModelAttribute("form") ScoreSheetForm form, BindingResult result,
			@RequestParam(defaultValue = "draft") String action, @AuthenticationPrincipal CurrentUser juror, Model model,
			RedirectAttributes redirect) {
		boolean submit = "submit".equals(action);
		try {
			jury.score(juror, id, form.toScores(), submit);
			redirect.addFlashAttribute("message", submit ? "tokoh.score.submitted" : "tokoh.score.saved");
			return "redirect:/juror/tokoh/nominations/{id}";
		}
		catch (BusinessException ex) {
			var field = form.fieldOf(ex.field());
			if (field == null) {
				// shown above the page: the form itself is hidden for a conflicted or not yet open nomination
				model.addAttribute("error", ex.messageKey());
				model.addAttribute("errorArgs", ex.arguments());
			}
			else {
				result.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("sheet", jury.sheet(juror, id));
		return "ranking/tokoh/juror-sheet";
	}

	@PostMapping("/juror/tokoh/nominations/{id}/conflict")
	String conflict(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal CurrentUser juror, Model model, RedirectAttributes redirect) {
		try {
			jury.declareConflict(juror, id, reason);
			redirect.addFlashAttribute("message", "tokoh.conflict.declared");
			return "redirect:/juror/tokoh/nominations/{id}";
		}
		catch (BusinessException ex) {
			var sheet = jury.sheet(juror, id);
			model.addAttribute("sheet", sheet);
			model.addAttribute("form", ScoreSheetForm.of(sheet));
			model.addAttribute("conflictError", ex.messageKey());
			model.addAttribute("conflictArgs", ex.arguments());
			model.addAttribute("conflictReason", reason);
			return "ranking/tokoh/juror-sheet";
		}
	}

}
