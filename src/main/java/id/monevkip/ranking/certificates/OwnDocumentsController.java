package id.monevkip.ranking.certificates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * Respondents and coordinators download their own body's certificate and report card, once the cycle's results are
 * published; before that, and for any other body, there is nothing to find (404).
 */
@Controller
@RequiredArgsConstructor
class OwnDocumentsController {

	private final Certificates certificates;

	private final CertificatePrints prints;

	private final ReportCardPrints reportCards;

	private final Publications publications;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	@GetMapping({ "/respondent/results/{cycleId}/certificate.pdf", "/coordinator/results/{cycleId}/certificate.pdf" })
	void certificate(@PathVariable long cycleId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		var list = certificates.issue(cycleId, null, ownBody(cycleId, user));
		Downloads.start(response, "application/pdf", CertificatePrints.fileName(list.get(0)));
		prints.pdf(list, response.getOutputStream());
	}

	@GetMapping({ "/respondent/results/{cycleId}/report-card.pdf", "/coordinator/results/{cycleId}/report-card.pdf" })
	void reportCard(@PathVariable long cycleId, @AuthenticationPrincipal CurrentUser user,
			HttpServletResponse response) throws IOException {
		long bodyId = ownBody(cycleId, user);
		var body = directory.bodies(List.of(bodyId)).get(0);
		var out = new ByteArrayOutputStream();
		reportCards.pdf(cycleId, bodyId, out);
		Downloads.start(response, "application/pdf", ReportCardPrints.fileName(cycles.cycle(cycleId).year(), body.code()));
		out.writeTo(response.getOutputStream());
	}

	private long ownBody(long cycleId, CurrentUser user) {
		if (user.bodyId() == null || !publications.isPublished(cycleId)) {
			throw new NotFoundException("results of cycle " + cycleId);
		}
		return user.bodyId();
	}

}
