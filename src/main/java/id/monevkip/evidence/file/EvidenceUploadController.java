package id.monevkip.evidence.file;

import java.io.IOException;
import java.util.Locale;

import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.ResumableUploads;
import id.monevkip.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Resumable uploads into a body's library (tus 1.0; evidence-upload.js uses it when the browser can). A finished
 * upload is stored exactly like a file of the plain upload form.
 */
@Controller
@RequestMapping("/evidence/bodies/{bodyId}/uploads")
@RequiredArgsConstructor
class EvidenceUploadController {

	private final ResumableUploads uploads;

	private final EvidenceManagement evidence;

	private final MessageSource messages;

	@RequestMapping(method = { RequestMethod.POST, RequestMethod.OPTIONS })
	void create(@PathVariable long bodyId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		handle(bodyId, user, request, response, locale);
	}

	@RequestMapping(path = "/{uploadId}", method = { RequestMethod.HEAD, RequestMethod.PATCH, RequestMethod.DELETE })
	void upload(@PathVariable long bodyId, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		handle(bodyId, user, request, response, locale);
	}

	private void handle(long bodyId, CurrentUser user, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		uploads.handle(request, response, locale, () -> evidence.uploadTarget(user, bodyId, "library", null), file -> {
			var result = evidence.upload(user, bodyId, file);
			return messages.getMessage(result.alreadyInLibrary() ? "evidence.upload.already" : "evidence.upload.stored",
					null, locale);
		});
	}

}
