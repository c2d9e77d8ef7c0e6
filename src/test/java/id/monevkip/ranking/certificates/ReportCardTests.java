package id.monevkip.ranking.certificates;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.Wita;
import id.monevkip.submission.SubmissionManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The report card of a body of last year's demo cycle, verified with some items rejected: its indicator scores by
 * name and the verifier's remarks as recommendations.
 */
@IntegrationTest
class ReportCardTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	CycleManagement cycles;

	@Autowired
	ResultsManagement results;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	BodyFigureService figures;

	@Autowired
	Clock clock;

	@Autowired
	CertificateRepository certificates;

	@Test
	void theReportCardNamesTheIndicatorsWithTheirScoresAndTurnsTheVerifiersRemarksIntoRecommendations()
			throws Exception {
		int lastYear = clock.instant().atZone(Wita.ZONE).getYear() - 1;
		var organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow();
		var cycle = cycles.cycleOf(organiser.id(), lastYear).orElseThrow();
		var decree = results.currentDecree(cycle.id()).orElseThrow();
		// a body whose verifier rejected an item with a remark (the demo rejects a few claims of most bodies)
		var rejected = results.results(decree)
			.stream()
			.flatMap(r -> submissions.submissionOf(cycle.id(), r.bodyId()).stream())
			.flatMap(s -> submissions.outcomes(s.id()).values().stream()
				.filter(o -> !o.accepted() && o.remark() != null)
				.map(o -> new Object[] { s.bodyId(), o.remark() }))
			.findFirst()
			.orElseThrow();
		long bodyId = (Long) rejected[0];
		var f = figures.reportCard(cycle.id(), bodyId);
		assertThat(f.indicators()).isNotEmpty();
		assertThat(f.recommendations()).isNotEmpty();

		var result = mvc.get()
			.uri("/commissioner/cycles/" + cycle.id() + "/report-cards/bodies/" + bodyId + ".pdf")
			.with(user(assessment.person(id.monevkip.shared.Role.COMMISSIONER, "Komisioner Rapor", null)))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		CertificateTests.snapshot(result.getResponse().getContentAsByteArray(), "report-card-pdf");
		String text = CertificateTests.text(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("Rekomendasi perbaikan", f.body().name(), f.indicators().get(0).name(),
				f.indicators().get(f.indicators().size() - 1).name(), (String) rejected[1], decree.number());
	}

	@Test
	void theDemoIssuedACertificateOfLastYearsDecreeForEveryBodyWithAResult() {
		int lastYear = clock.instant().atZone(Wita.ZONE).getYear() - 1;
		var organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow();
		var cycle = cycles.cycleOf(organiser.id(), lastYear).orElseThrow();
		var decree = results.currentDecree(cycle.id()).orElseThrow();
		var bodies = results.results(decree).stream().map(r -> r.bodyId()).toList();

		var issued = certificates.findByDecreeIdAndBodyIdIn(decree.id(), bodies);

		assertThat(bodies).isNotEmpty();
		assertThat(issued).hasSize(bodies.size())
			.allSatisfy(c -> assertThat(c.getCode()).matches("[" + CertificateCodes.ALPHABET + "]{10}"));
	}

}
