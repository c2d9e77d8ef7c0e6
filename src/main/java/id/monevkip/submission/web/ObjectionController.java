package id.monevkip.submission.web;

import java.util.LinkedHashSet;
import java.util.List;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.EvidenceGateway;
import id.monevkip.submission.internal.ObjectionService;
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

/** Objections (sanggah) of the body: the ones filed, and a form for one more while the window is open. */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}/objections")
class ObjectionController {

	private final Workspaces workspaces;

	private final ObjectionService objections;

	private final EvidenceGateway evidence;

	@GetMapping
	String list(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var workspace = workspaces.of(user, submissionId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("objections", objections.list(submissionId));
		model.addAttribute("outcomes", objections.outcomes(submissionId).values().stream().filter(o -> !o.accepted()).toList());
		model.addAttribute("objectable", objections.objectable(workspace));
		model.addAttribute("refusal", objections.refusal(workspace));
		model.addAttribute("files", evidence.library(user, workspace.submission().getBodyId()));
		return "submission/objections";
	}

	@PostMapping
	String file(@PathVariable long submissionId, @RequestParam(name = "questionId", required = false) @Nullable Long questionId,
			@RequestParam(name = "reason", required = false) @Nullable String reason,
			@RequestParam(name = "fileIds", required = false) @Nullable List<Long> fileIds,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			if (questionId == null) {
				throw new BusinessException("questionId", "submission.objection.chooseQuestion");
			}
			objections.file(user, submissionId, questionId, reason == null ? "" : reason,
					new LinkedHashSet<>(fileIds == null ? List.of() : fileIds));
			redirect.addFlashAttribute("message", "submission.objection.filed");
		}
		catch (BusinessException refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/respondent/submissions/" + submissionId + "/objections";
	}

}
