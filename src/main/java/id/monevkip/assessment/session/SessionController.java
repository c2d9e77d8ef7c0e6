package id.monevkip.assessment.session;

import java.util.concurrent.TimeUnit;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Session pages for everyone who may see a session (admins, commissioners, the body's judges and verifiers; the
 * service answers 404 to anyone else): the list of a cycle, one session, its minutes and photos.
 */
@Controller
@RequiredArgsConstructor
class SessionController {

	private final SessionService sessions;

	private final CycleManagement cycles;

	@GetMapping("/assessment/cycles/{cycleId}/sessions")
	String list(@PathVariable long cycleId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("cycle", cycles.cycle(cycleId));
		model.addAttribute("sessions", sessions.list(cycleId, user));
		model.addAttribute("admin", false);
		return "session/list";
	}

	@GetMapping("/commissioner/sessions")
	String current() {
		var cycle = cycles.current().orElseThrow(() -> new NotFoundException("No cycle"));
		return "redirect:/assessment/cycles/" + cycle.id() + "/sessions";
	}

	@GetMapping("/assessment/sessions/{sessionId}")
	String show(@PathVariable long sessionId, @AuthenticationPrincipal CurrentUser user, Model model) {
		var session = sessions.session(sessionId, user);
		model.addAttribute("panelSession", session);
		model.addAttribute("form", RecordForm.from(session));
		return "session/show";
	}

	@PostMapping("/assessment/sessions/{sessionId}/minutes")
	String record(@PathVariable long sessionId, @Valid @ModelAttribute("form") RecordForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				sessions.record(sessionId, user, form.attendees(), form.minutes());
				redirect.addFlashAttribute("message", "sessions.minutes.saved");
				return "redirect:/assessment/sessions/{sessionId}";
			}
			catch (BusinessException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		model.addAttribute("panelSession", sessions.session(sessionId, user));
		return "session/show";
	}

	@PostMapping("/assessment/sessions/{sessionId}/photos")
	String upload(@PathVariable long sessionId, @RequestParam(required = false) MultipartFile photo,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			if (photo == null || photo.isEmpty()) {
				throw new BusinessException("photo", "sessions.photo.empty");
			}
			sessions.addPhoto(sessionId, user, photo.getOriginalFilename(), photo);
			redirect.addFlashAttribute("message", "sessions.photo.saved");
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return "redirect:/assessment/sessions/{sessionId}";
	}

	@GetMapping("/assessment/sessions/{sessionId}/photos/{photoId}")
	ResponseEntity<InputStreamResource> photo(@PathVariable long sessionId, @PathVariable long photoId,
			@AuthenticationPrincipal CurrentUser user) {
		var photo = sessions.photo(sessionId, photoId, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.contentLength(photo.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
			.body(new InputStreamResource(photo.content()));
	}

}
