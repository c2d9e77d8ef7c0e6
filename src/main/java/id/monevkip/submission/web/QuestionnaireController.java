package id.monevkip.submission.web;

import java.util.List;
import java.util.Locale;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.AnswerConflictException;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire, one indicator per page. Each answer is saved on its own: htmx posts it on every change and
 * swaps in the "saved" line; without JavaScript the save button posts the same form and comes back to the
 * question. A conflicting save shows both values and lets the user choose.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}")
class QuestionnaireController {

	private final Workspaces workspaces;

	private final RespondentPages pages;

	private final QuestionCards cards;

	private final AnswerService answers;

	private final MessageSource messages;

	@GetMapping("/indicators/{indicatorId}")
	String indicator(@PathVariable long submissionId, @PathVariable long indicatorId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var page = pages.indicator(user, workspaces.of(user, submissionId), indicatorId);
		model.addAttribute("page", page);
		model.addAttribute("cards", cards.cards(page));
		return "submission/indicator";
	}

	/** One question card, e.g. after choosing the saved value in a conflict. */
	@GetMapping("/questions/{questionId}")
	String card(@PathVariable long submissionId, @PathVariable long questionId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("card", cards.card(user, submissionId, questionId));
		return "submission/question :: card";
	}

	@PostMapping("/answers/{questionId}")
	String save(@PathVariable long submissionId, @PathVariable long questionId,
			@RequestParam(name = "value", required = false) @Nullable List<String> value,
			@RequestParam(name = "version", required = false) @Nullable Long version,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		var posted = value == null ? List.<String>of() : value;
		try {
			var saved = answers.saveForPage(user, submissionId, questionId, posted, version);
			if (htmx != null) {
				model.addAttribute("card", cards.statusCard(user, saved.workspace(), questionId));
				model.addAttribute("saved", true);
				return "submission/question :: saved";
			}
			redirect.addFlashAttribute("message", "submission.answer.saved");
			return redirectToQuestion(user, submissionId, questionId);
		}
		catch (AnswerConflictException conflict) {
			var card = cards.card(user, submissionId, questionId);
			model.addAttribute("card", card);
			var words = new Conflict.Words(messages.getMessage("respond.yes", null, locale),
					messages.getMessage("respond.no", null, locale), messages.getMessage("submission.answer.none", null, locale));
			model.addAttribute("conflict", Conflict.of(card.state().question(), posted, conflict, words));
			return htmx != null ? "submission/question :: saved" : "submission/conflict";
		}
		catch (BusinessException refused) {
			if (htmx != null) {
				model.addAttribute("card", cards.statusCard(user, submissionId, questionId));
				model.addAttribute("refused", refused);
				return "submission/question :: saved";
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
			return redirectToQuestion(user, submissionId, questionId);
		}
	}

	private String redirectToQuestion(CurrentUser user, long submissionId, long questionId) {
		var workspace = workspaces.of(user, submissionId);
		return "redirect:/respondent/submissions/" + submissionId + "/indicators/"
				+ workspace.indicatorOf(questionId).id() + "#q-" + workspace.question(questionId).code();
	}

}
