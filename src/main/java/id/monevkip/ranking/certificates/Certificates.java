package id.monevkip.ranking.certificates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;

/**
 * Issues certificates for the decree in force and looks codes up. Issuing is idempotent per decree version and body:
 * downloading again prints the same code; a correction (a new decree version) gets new certificates and codes.
 */
@Service
@RequiredArgsConstructor
class Certificates {

	private final CertificateRepository certificates;

	private final ResultsManagement results;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final Clock clock;

	/**
	 * The certificates of the decree in force for every body with a result, optionally of one category or one body,
	 * in the decree's order (category, then rank); the missing ones are issued now.
	 *
	 * @throws NotFoundException when the cycle has no decree or the body no result in it
	 */
	@Transactional
	public List<Certificate> issue(long cycleId, @Nullable Long categoryId, @Nullable Long bodyId) {
		var decree = results.currentDecree(cycleId).orElseThrow(() -> new NotFoundException("decree of " + cycleId));
		// one body (a respondent's own certificate) reads its row only, not the whole decree
		var rows = bodyId != null ? results.result(decree, bodyId).stream().toList()
				: results.results(decree)
					.stream()
					.filter(r -> categoryId == null || r.categoryId() == categoryId)
					.toList();
		if (bodyId != null && rows.isEmpty()) {
			throw new NotFoundException("result of body " + bodyId);
		}
		var ids = rows.stream().map(ResultView::bodyId).toList();
		var existing = new HashMap<Long, Certificate>();
		certificates.findByDecreeIdAndBodyIdIn(decree.id(), ids).forEach(c -> existing.put(c.getBodyId(), c));
		var missing = rows.stream().filter(r -> !existing.containsKey(r.bodyId())).toList();
		if (!missing.isEmpty()) {
			int year = cycles.cycle(cycleId).year();
			var bodies = directory.bodies(missing.stream().map(ResultView::bodyId).toList())
				.stream()
				.collect(Collectors.toMap(BodyView::id, Function.identity()));
			for (var row : missing) {
				existing.put(row.bodyId(), certificates.save(certificate(decree, year, row, bodies.get(row.bodyId()))));
			}
		}
		var ordered = new ArrayList<Certificate>(rows.size());
		rows.forEach(r -> ordered.add(existing.get(r.bodyId())));
		return ordered;
	}

	/** The certificate with this code and the decree now in force for its cycle. */
	@Transactional(readOnly = true)
	public Optional<Verified> verify(String code) {
		return certificates.findByCode(code)
			.map(c -> new Verified(c, results.currentDecree(c.getCycleId()).orElseThrow()));
	}

	private Certificate certificate(DecreeView decree, int year, ResultView row, @Nullable BodyView body) {
		if (body == null) {
			throw new NotFoundException("body " + row.bodyId());
		}
		String code = CertificateCodes.next();
		while (certificates.existsByCode(code)) {
			code = CertificateCodes.next();
		}
		return new Certificate(code, decree.cycleId(), row.bodyId(), decree.id(), decree.version(), decree.number(),
				decree.date(), year, body.name(), body.categoryName(), row.band(), row.finalScore(), row.rank(),
				clock.instant());
	}

	/** A certificate as the verification page reads it: valid while its decree version is the one in force. */
	public record Verified(Certificate certificate, DecreeView inForce) {

		public boolean superseded() {
			return inForce.version() > certificate.getDecreeVersion();
		}

	}

}
