package id.monevkip.evidence.file;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.evidence.EvidenceManagement;
import id.monevkip.evidence.EvidenceUpload;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evidence library pages: the list with the upload form, the upload itself and each file. */
@Controller
@RequestMapping("/evidence")
@RequiredArgsConstructor
class EvidenceController {

	/** Enough for one question's worth of evidence at once; keeps one request bounded. */
	static final int MAX_FILES_PER_UPLOAD = 20;

	private final EvidenceManagement evidence;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	@GetMapping
	String library(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "body", required = false) @Nullable Long body,
			Model model) {
		long bodyId = bodyOf(user, body);
		model.addAttribute("body", directory.visibleBody(user, bodyId));
		model.addAttribute("bodyParam", body);
		model.addAttribute("files", evidence.files(user, bodyId));
		model.addAttribute("maxMegabytes", evidence.maxFileSizeMegabytes());
		model.addAttribute("maxBytes", evidence.maxFileSizeBytes());
		model.addAttribute("maxFiles", MAX_FILES_PER_UPLOAD);
		return "evidence/library";
	}

	@PostMapping
	String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "body", required = false) @Nullable Long body,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, RedirectAttributes redirect) {
		long bodyId = bodyOf(user, body);
		var chosen = chosen(files);
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("error", "evidence.upload.none");
		}
		else if (chosen.size() > MAX_FILES_PER_UPLOAD) {
			redirect.addFlashAttribute("error", "evidence.upload.tooMany");
			redirect.addFlashAttribute("errorArgs", new Object[] { MAX_FILES_PER_UPLOAD });
		}
		else {
			redirect.addFlashAttribute("outcomes", store(user, bodyId, chosen));
		}
		return body == null ? "redirect:/evidence" : "redirect:/evidence?body=" + bodyId;
	}

	/**
	 * The same upload sent by script (evidence-upload.js, usually one file per request): a short plain-text
	 * answer in the user's language instead of a redirect, 422 when a file was refused.
	 */
	@PostMapping(headers = "X-Requested-With=XMLHttpRequest")
	ResponseEntity<String> uploadByScript(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "body", required = false) @Nullable Long body,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Locale locale) {
		long bodyId = bodyOf(user, body);
		var chosen = chosen(files);
		if (chosen.isEmpty() || chosen.size() > MAX_FILES_PER_UPLOAD) {
			var key = chosen.isEmpty() ? "evidence.upload.none" : "evidence.upload.tooMany";
			return text(HttpStatus.UNPROCESSABLE_CONTENT, messages.getMessage(key, new Object[] { MAX_FILES_PER_UPLOAD }, locale));
		}
		var outcomes = store(user, bodyId, chosen);
		var text = outcomes.stream()
			.map(o -> (chosen.size() > 1 ? o.name() + " " : "") + messages.getMessage(o.messageKey(), o.arguments(), locale))
			.collect(Collectors.joining("\n"));
		return text(outcomes.stream().allMatch(UploadOutcome::ok) ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT, text);
	}

	private List<UploadOutcome> store(CurrentUser user, long bodyId, List<MultipartFile> chosen) {
		List<UploadOutcome> outcomes = new ArrayList<>();
		for (var file : chosen) {
			var name = FileNames.sanitise(file.getOriginalFilename());
			try {
				var result = evidence.upload(user, bodyId, new EvidenceUpload(name, file));
				outcomes.add(new UploadOutcome(name, true,
						result.alreadyInLibrary() ? "evidence.upload.already" : "evidence.upload.stored", new Object[0]));
			}
			catch (BusinessException ex) {
				outcomes.add(new UploadOutcome(name, false, ex.messageKey(), ex.arguments()));
			}
		}
		return outcomes;
	}

	/** The files actually chosen: browsers send one empty part without a name when nothing was picked. */
	private static List<MultipartFile> chosen(@Nullable List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream().filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))).toList();
	}

	private static ResponseEntity<String> text(HttpStatus status, String text) {
		return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(text);
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		var content = evidence.content(user, id);
		var file = content.file();
		var disposition = (file.previewable() ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(file.originalName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.contentType()))
				.contentLength(file.sizeBytes())
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header("X-Content-Type-Options", "nosniff")
				.header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
				.body(content.resource());
	}

	private static long bodyOf(CurrentUser user, @Nullable Long body) {
		if (body != null) {
			return body;
		}
		if (user.bodyId() == null) {
			throw new NotFoundException("No own body");
		}
		return user.bodyId();
	}

}
