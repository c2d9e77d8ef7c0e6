package id.monevkip.submission.web;

import java.util.List;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.Workspaces;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One library file (or link) for several questions in one step: the page lists every question it can back, ticks
 * what still needs it on request ("pilih semua", per aspect or in all), and attaches it to the ticked ones at once.
 * {@code from} is the question the person came from, to return there.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}/reuse")
class EvidenceReuseController {

	private final AnswerService answers;

	private final Workspaces workspaces;

	@GetMapping
	String page(@PathVariable long submissionId, @RequestParam(name = "file", required = false) @Nullable Long file,
			@RequestParam(name = "link", required = false) @Nullable Long link,
			@RequestParam(name = "from", required = false) @Nullable Long from,
			@RequestParam(name = "select", required = false) @Nullable String select,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var item = Item.of(file, link);
		model.addAttribute("reuse", answers.reuse(user, submissionId, item.file(), item.id()));
		model.addAttribute("submissionId", submissionId);
		model.addAttribute("from", from);
		model.addAttribute("backUrl", backPath(user, submissionId, from));
		model.addAttribute("select", select);
		return "submission/reuse";
	}

	@PostMapping
	String attach(@PathVariable long submissionId, @RequestParam(name = "file", required = false) @Nullable Long file,
			@RequestParam(name = "link", required = false) @Nullable Long link,
			@RequestParam(name = "from", required = false) @Nullable Long from,
			@RequestParam(name = "questions", required = false) @Nullable List<Long> questions,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		var item = Item.of(file, link);
		try {
			int added = answers.attachToQuestions(user, submissionId, item.file(), item.id(),
					questions == null ? List.of() : questions);
			redirect.addFlashAttribute("message", "submission.reuse.done");
			redirect.addFlashAttribute("messageArgs", new Object[] { added });
			return "redirect:" + backPath(user, submissionId, from);
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
			return "redirect:/respondent/submissions/" + submissionId + "/reuse?" + item.param()
					+ (from == null ? "" : "&from=" + from);
		}
	}

	/** The question the person came from (404 for a question not in this questionnaire), else the first aspect. */
	private String backPath(CurrentUser user, long submissionId, @Nullable Long from) {
		var workspace = workspaces.of(user, submissionId);
		if (from == null) {
			return "/respondent/submissions/" + submissionId + "/indicators/"
					+ workspace.instrument().indicators().get(0).id();
		}
		var question = workspace.question(from);
		return "/respondent/submissions/" + submissionId + "/indicators/" + workspace.indicatorOf(from).id() + "#q-"
				+ question.code();
	}

	/** The item named by the address: exactly one of a file and a link, else there is no such page. */
	private record Item(boolean file, long id) {

		static Item of(@Nullable Long file, @Nullable Long link) {
			if ((file == null) == (link == null)) {
				throw new NotFoundException("Reuse needs one file or one link");
			}
			return file != null ? new Item(true, file) : new Item(false, link);
		}

		String param() {
			return (file ? "file=" : "link=") + id;
		}

	}

}
