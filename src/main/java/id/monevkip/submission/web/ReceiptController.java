package id.monevkip.submission.web;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.PdfWriter;
import lombok.RequiredArgsConstructor;
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
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The receipt of a sealed round: a printable page that is also the read-only view of everything sent, a PDF of the
 * same, and the files as they were sent. Another body's round answers 404.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/respondent/submissions/{submissionId}/receipts/{round}")
class ReceiptController {

	private final Receipts receipts;

	private final PdfWriter pdf;

	@GetMapping
	String receipt(@PathVariable long submissionId, @PathVariable int round, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("receipt", receipts.receipt(user, submissionId, round, locale));
		return "submission/receipt";
	}

	/** Printed in Indonesian like the commission's other papers, whatever the page language. */
	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long submissionId, @PathVariable int round,
			@AuthenticationPrincipal CurrentUser user) {
		var receipt = receipts.receipt(user, submissionId, round, PdfWriter.PRINT);
		var out = new ByteArrayOutputStream();
		pdf.write("submission/receipt-pdf", java.util.Map.of("receipt", receipt), out);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("tanda-terima-" + receipt.number() + ".pdf")
				.build()
				.toString())
			.body(out.toByteArray());
	}

	/** A file as it was sent in this submission (also when it has left the library since). */
	@GetMapping("/files/{fileId}")
	ResponseEntity<Resource> file(@PathVariable long submissionId, @PathVariable int round, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser user) {
		var file = receipts.file(user, submissionId, round, fileId);
		var disposition = file.previewable() ? ContentDisposition.inline() : ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
