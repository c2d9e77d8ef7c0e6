package id.monevkip.submission.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.evidence.LinkCheckTrigger;
import id.monevkip.evidence.ResumableUploads;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.internal.AnswerService;
import id.monevkip.submission.internal.EvidenceGateway;
import id.monevkip.submission.internal.Workspaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence on one answer: upload files (several at once; the uploader script sends them one by one with a
 * progress bar), attach an item already in the library, add a link, check a link, take an item off. With htmx the
 * question card is swapped in; without JavaScript the page comes back to the question with a message.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}/answers/{questionId}")
class AnswerEvidenceController {

	private final AnswerService answers;

	private final EvidenceGateway evidence;

	private final Workspaces workspaces;

	private final QuestionCards cards;

	private final MessageSource messages;

	private final ResumableUploads resumableUploads;

	/** The uploader script's request: one file, answered with a short text in the user's language. */
	@PostMapping(path = "/files", headers = "X-Requested-With=XMLHttpRequest")
	ResponseEntity<String> uploadOne(@PathVariable long submissionId, @PathVariable long questionId,
			@RequestParam("files") List<MultipartFile> files, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		var text = MediaType.parseMediaType("text/plain;charset=UTF-8");
		if (files.isEmpty()) {
			return ResponseEntity.badRequest().contentType(text).body(message("submission.upload.none", locale));
		}
		try {
			var outcome = answers.upload(user, submissionId, questionId, upload(files.get(0)));
			return ResponseEntity.ok().contentType(text).body(message(outcome.alreadyInLibrary()
					? "submission.upload.reused" : "submission.upload.done", locale, outcome.name()));
		}
		catch (BusinessException refused) {
			return ResponseEntity.unprocessableEntity().contentType(text)
				.body(messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
	}

	/**
	 * Resumable uploads to the question (tus 1.0; evidence-upload.js uses it when the browser can): a finished
	 * upload goes through {@link AnswerService#upload} like a file of the plain form, so it lands in the body's
	 * library under the question's limit and is attached to the answer.
	 */
	@RequestMapping(path = "/uploads", method = { RequestMethod.POST, RequestMethod.OPTIONS })
	void createResumable(@PathVariable long submissionId, @PathVariable long questionId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		resumable(submissionId, questionId, user, request, response, locale);
	}

	@RequestMapping(path = "/uploads/{uploadId}", method = { RequestMethod.HEAD, RequestMethod.PATCH, RequestMethod.DELETE })
	void continueResumable(@PathVariable long submissionId, @PathVariable long questionId,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		resumable(submissionId, questionId, user, request, response, locale);
	}

	private void resumable(long submissionId, long questionId, CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		resumableUploads.handle(request, response, locale, () -> answers.uploadTarget(user, submissionId, questionId),
				file -> {
					var outcome = answers.upload(user, submissionId, questionId, file);
					return message(outcome.alreadyInLibrary() ? "submission.upload.reused" : "submission.upload.done",
							locale, outcome.name());
				});
	}

	/** Without JavaScript: every chosen file in one post. */
	@PostMapping("/files")
	String upload(@PathVariable long submissionId, @PathVariable long questionId,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		var chosen = files == null ? List.<MultipartFile>of() : files.stream().filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()).toList();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("error", "submission.upload.none");
			return back(user, submissionId, questionId);
		}
		var refusals = new ArrayList<String>();
		int accepted = 0;
		for (var file : chosen) {
			try {
				answers.upload(user, submissionId, questionId, upload(file));
				accepted++;
			}
			catch (BusinessException refused) {
				refusals.add(safeName(file) + ": " + messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			}
		}
		redirect.addFlashAttribute("message", "submission.upload.summary");
		redirect.addFlashAttribute("messageArgs", new Object[] { accepted });
		redirect.addFlashAttribute("uploadRefusals", refusals);
		return back(user, submissionId, questionId);
	}

	@PostMapping("/attach")
	String attach(@PathVariable long submissionId, @PathVariable long questionId,
			@RequestParam(name = "fileId", required = false) @Nullable Long fileId,
			@RequestParam(name = "linkId", required = false) @Nullable Long linkId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(htmx, user, submissionId, questionId, model, redirect, "submission.evidence.attached", () -> {
			if (fileId != null) {
				answers.attachFile(user, submissionId, questionId, fileId, false);
			}
			if (linkId != null) {
				answers.attachLink(user, submissionId, questionId, linkId, false);
			}
			if (fileId == null && linkId == null) {
				throw new BusinessException("fileId", "submission.evidence.chooseItem");
			}
		});
	}

	@PostMapping("/links")
	String addLink(@PathVariable long submissionId, @PathVariable long questionId,
			@RequestParam(name = "url", required = false) @Nullable String url,
			@RequestParam(name = "title", required = false) @Nullable String title,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(htmx, user, submissionId, questionId, model, redirect, "submission.evidence.linkAdded", () -> {
			if (url == null || url.isBlank()) {
				throw new BusinessException("url", "submission.evidence.urlRequired");
			}
			var name = title == null || title.isBlank() ? url.strip() : title.strip();
			if (name.length() > 200) {
				throw new BusinessException("title", "submission.evidence.titleTooLong", 200);
			}
			answers.addLink(user, submissionId, questionId, url.strip(), name);
		});
	}

	@PostMapping("/links/{linkId}/check")
	String checkLink(@PathVariable long submissionId, @PathVariable long questionId, @PathVariable long linkId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(htmx, user, submissionId, questionId, model, redirect, "submission.evidence.linkChecked", () -> {
			var workspace = workspaces.of(user, submissionId);
			evidence.link(user, workspace.submission().getBodyId(), linkId);
			evidence.checkLinks(user, List.of(linkId), LinkCheckTrigger.REQUESTED);
		});
	}

	/**
	 * The attachments area again, asked for by htmx while a link just added is still being checked in the background;
	 * {@code poll} counts the asks so that a check that never lands stops the asking.
	 */
	@GetMapping("/links/{linkId}/status")
	String linkStatus(@PathVariable long submissionId, @PathVariable long questionId, @PathVariable long linkId,
			@RequestParam(name = "poll", defaultValue = "1") int poll, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		var workspace = workspaces.of(user, submissionId);
		evidence.link(user, workspace.submission().getBodyId(), linkId);
		model.addAttribute("card", cards.card(user, submissionId, questionId));
		model.addAttribute("linkPoll", Math.max(1, poll));
		return "submission/question :: attachments(false)";
	}

	@PostMapping("/evidence/{attachmentId}/remove")
	String remove(@PathVariable long submissionId, @PathVariable long questionId, @PathVariable long attachmentId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return change(htmx, user, submissionId, questionId, model, redirect, "submission.evidence.removed",
				() -> answers.detach(user, submissionId, questionId, attachmentId));
	}

	private String change(@Nullable String htmx, CurrentUser user, long submissionId, long questionId, Model model,
			RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			if (htmx != null) {
				model.addAttribute("card", cards.card(user, submissionId, questionId));
				model.addAttribute("evidenceMessage", doneKey);
				return "submission/question :: card";
			}
			redirect.addFlashAttribute("message", doneKey);
		}
		catch (BusinessException refused) {
			if (htmx != null) {
				model.addAttribute("card", cards.card(user, submissionId, questionId));
				model.addAttribute("evidenceRefused", refused);
				return "submission/question :: card";
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArgs", refused.arguments());
		}
		return back(user, submissionId, questionId);
	}

	private String back(CurrentUser user, long submissionId, long questionId) {
		var workspace = workspaces.of(user, submissionId);
		return "redirect:/respondent/submissions/" + submissionId + "/indicators/"
				+ workspace.indicatorOf(questionId).id() + "#q-" + workspace.question(questionId).code();
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static EvidenceUpload upload(MultipartFile file) {
		return new EvidenceUpload(safeName(file), file);
	}

	private static String safeName(MultipartFile file) {
		var name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "berkas" : name;
	}

}
