package id.monevkip.assessment.verification;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessor's verification queue, the review screen, verdicts and the files sent with a submission. */
@Controller
@RequiredArgsConstructor
class VerificationController {

	private final ReviewService reviews;

	private final VerificationService verification;

	@GetMapping("/assessor/verifications")
	String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("rows", reviews.queue(user));
		return "verification/queue";
	}

	@GetMapping("/assessor/verifications/{submissionId}")
	String review(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		model.addAttribute("page", reviews.review(user, submissionId, locale));
		return "verification/review";
	}

	@PostMapping("/assessor/verifications/{submissionId}/start")
	String start(@PathVariable long submissionId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			verification.start(user, submissionId);
			redirect.addFlashAttribute("message", "verification.started");
		}
		catch (BusinessException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/assessor/verifications/{submissionId}";
	}

	/** One verdict; with htmx the item card and the scores come back in place, without it the page reloads. */
	@PostMapping("/assessor/verifications/{submissionId}/verdicts")
	String judge(@PathVariable long submissionId, @Valid @ModelAttribute("form") VerdictForm form,
			BindingResult result, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		String errorKey = null;
		Object[] errorArgs = new Object[0];
		if (result.hasErrors()) {
			errorKey = result.getFieldError("verdict") != null ? "verification.verdict.required"
					: "verification.comment.tooLong";
			errorArgs = new Object[] { VerificationService.MAX_COMMENT };
		}
		else {
			try {
				verification.judge(user, submissionId, form.itemCode(), form.verdict(), form.comment());
			}
			catch (BusinessException ex) {
				errorKey = ex.messageKey();
				errorArgs = ex.arguments();
			}
		}
		if (htmx != null) {
			var page = reviews.review(user, submissionId, locale);
			model.addAttribute("page", page);
			model.addAttribute("row", page.items().stream().filter(r -> r.item().questionCode().equals(form.itemCode())).findFirst()
				.orElseThrow(() -> new NotFoundException("Item " + form.itemCode())));
			model.addAttribute("itemError", errorKey);
			model.addAttribute("itemErrorArgs", errorArgs);
			return "verification/review :: verdictResponse";
		}
		if (errorKey != null) {
			redirect.addFlashAttribute("error", errorKey);
			redirect.addFlashAttribute("errorArgs", errorArgs);
		}
		else {
			redirect.addFlashAttribute("message", "verification.verdict.saved");
			redirect.addFlashAttribute("messageArgs", new Object[] { form.itemCode() });
		}
		return "redirect:/assessor/verifications/" + submissionId + "#" + anchor(form.itemCode());
	}

	@PostMapping("/assessor/verifications/{submissionId}/accept-indicator")
	String acceptIndicator(@PathVariable long submissionId, @RequestParam String indicatorCode,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			int accepted = verification.acceptIndicator(user, submissionId, indicatorCode);
			redirect.addFlashAttribute("message", "verification.bulk.done");
			redirect.addFlashAttribute("messageArgs", new Object[] { accepted, indicatorCode });
		}
		catch (BusinessException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/assessor/verifications/{submissionId}";
	}

	/** A file sent with the submission, inline when the browser can show it (the review screen frames PDFs). */
	@GetMapping("/assessor/verifications/{submissionId}/files/{fileId}")
	ResponseEntity<Resource> file(@PathVariable long submissionId, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser user) {
		var file = reviews.file(user, submissionId, fileId);
		var disposition = (file.previewable() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
			.body(file.content());
	}

	static String anchor(String itemCode) {
		return "item-" + itemCode.replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private static void flashError(RedirectAttributes redirect, BusinessException ex) {
		redirect.addFlashAttribute("error", ex.messageKey());
		redirect.addFlashAttribute("errorArgs", ex.arguments());
	}

}
