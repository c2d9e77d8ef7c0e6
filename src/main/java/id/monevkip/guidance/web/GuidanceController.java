package id.monevkip.guidance.web;

import java.nio.charset.StandardCharsets;

import id.monevkip.guidance.GuidanceManagement;
import id.monevkip.guidance.internal.Publishing;
import id.monevkip.guidance.internal.Zone;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The publisher's list of its items, everything published for the user's body, and guide downloads.
 */
@Controller
@RequiredArgsConstructor
class GuidanceController {

	private final Publishing publishing;

	private final GuidanceManagement guidance;

	@GetMapping(Areas.AREA)
	String manage(@PathVariable String area, @RequestParam(required = false) @Nullable Long cycle,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		var zone = Zone.of(area);
		publishing.publisher(user, zone, cycle).ifPresent(p -> model.addAttribute("page", publishing.page(p)));
		model.addAttribute("base", zone.path());
		return "guidance/manage";
	}

	@GetMapping("/guidance")
	String forMyBody(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user.bodyId() == null) {
			throw new NotFoundException("Body of account " + user.accountId());
		}
		model.addAttribute("guidance", guidance.current(user.bodyId()));
		return "guidance/page";
	}

	/** The file under its original name (RFC 5987 encoded), never shown inline, its type never guessed again. */
	@GetMapping("/guidance/files/{id}")
	ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var file = guidance.guide(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

}
