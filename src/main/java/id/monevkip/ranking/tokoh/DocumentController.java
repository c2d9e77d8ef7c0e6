package id.monevkip.ranking.tokoh;

import java.nio.charset.StandardCharsets;

import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of supporting documents, under each role's own path prefix (the security rules are per prefix); who
 * may see the nomination may download, anyone else gets 404. Always as an attachment, never rendered inline.
 */
@Controller
@RequiredArgsConstructor
class DocumentController {

	private final Nominations nominations;

	@GetMapping({ "/admin/tokoh/documents/{id}", "/coordinator/tokoh/documents/{id}", "/juror/tokoh/documents/{id}",
			"/commissioner/tokoh/documents/{id}" })
	ResponseEntity<Resource> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		var document = nominations.document(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(document.path()));
	}

}
