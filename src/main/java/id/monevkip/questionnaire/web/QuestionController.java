package id.monevkip.questionnaire.web;

import java.util.Arrays;
import java.util.List;

import id.monevkip.questionnaire.QuestionnaireManagement;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.questionnaire.builder.RowText;
import id.monevkip.questionnaire.scoring.AnswerType;
import id.monevkip.questionnaire.scoring.EvidenceRequirement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing, deleting and reordering the questions of a draft instrument. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/admin/instruments/{id}")
class QuestionController {

	private static final String EDIT = "admin/instruments/question";

	private final QuestionnaireManagement questionnaires;

	private final InstrumentService instruments;

	@ModelAttribute("answerTypes")
	List<AnswerType> answerTypes() {
		return Arrays.asList(AnswerType.values());
	}

	@ModelAttribute("evidenceRequirements")
	List<EvidenceRequirement> evidenceRequirements() {
		return Arrays.asList(EvidenceRequirement.values());
	}

	@GetMapping("/indicators/{indicatorId}/questions/new")
	String create(@PathVariable long id, @PathVariable long indicatorId, Model model) {
		model.addAttribute("form", QuestionForm.empty());
		return page(id, indicatorId, null, model);
	}

	@PostMapping("/indicators/{indicatorId}/questions")
	String create(@PathVariable long id, @PathVariable long indicatorId, @Valid @ModelAttribute("form") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(id, indicatorId, null, form, result, model, redirect);
	}

	@GetMapping("/questions/{questionId}/edit")
	String edit(@PathVariable long id, @PathVariable long questionId, Model model) {
		var question = questionnaires.instrument(id)
			.indicators()
			.stream()
			.flatMap(i -> i.questions().stream())
			.filter(q -> q.id() == questionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Question " + questionId));
		model.addAttribute("form", QuestionForm.from(question));
		return page(id, null, questionId, model);
	}

	@PostMapping("/questions/{questionId}")
	String update(@PathVariable long id, @PathVariable long questionId, @Valid @ModelAttribute("form") QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(id, null, questionId, form, result, model, redirect);
	}

	@PostMapping("/questions/{questionId}/delete")
	String delete(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
		try {
			instruments.removeQuestion(id, questionId);
			redirect.addFlashAttribute("message", "question.deleted");
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments/" + id;
	}

	@PostMapping("/questions/{questionId}/move")
	String move(@PathVariable long id, @PathVariable long questionId, @RequestParam boolean up,
			RedirectAttributes redirect) {
		try {
			instruments.moveQuestion(id, questionId, up);
		}
		catch (BusinessException refused) {
			Errors.flash(redirect, refused);
		}
		return "redirect:/admin/instruments/" + id;
	}

	private String save(long id, @Nullable Long indicatorId, @Nullable Long questionId, QuestionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (questionId == null) {
					instruments.addQuestion(id, indicatorId, form.toContent());
				}
				else {
					instruments.changeQuestion(id, questionId, form.toContent());
				}
				redirect.addFlashAttribute("message", "question.saved");
				return "redirect:/admin/instruments/" + id;
			}
			catch (RowText.Unreadable unreadable) {
				result.rejectValue(QuestionForm.fieldOf(unreadable.messageKey()), unreadable.messageKey());
			}
			catch (BusinessException refused) {
				Errors.reject(result, refused);
			}
		}
		return page(id, indicatorId, questionId, model);
	}

	private String page(long id, @Nullable Long indicatorId, @Nullable Long questionId, Model model) {
		model.addAttribute("instrument", questionnaires.instrument(id));
		model.addAttribute("indicatorId", indicatorId);
		model.addAttribute("questionId", questionId);
		return EDIT;
	}

}
