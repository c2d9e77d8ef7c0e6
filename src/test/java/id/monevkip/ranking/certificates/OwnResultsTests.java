package id.monevkip.ranking.certificates;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A respondent finds its body's published results with the certificate and report card; nothing before that. */
@IntegrationTest
class OwnResultsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	Publications publications;

	@Autowired
	UserDetailsService users;

	@Test
	void aRespondentSeesItsResultOnlyOnceTheCycleIsPublished() {
		var cycle = fixtures.decreed(List.of(Entry.of("BUMD", "84.5"), Entry.of("BUMD", "91")));
		var body = cycle.bodies().get(0);
		var respondent = assessment.person(Role.RESPONDENT, "Responden", body);

		assertThat(mvc.get().uri("/respondent/results").with(user(respondent))).hasStatusOk()
			.bodyText()
			.contains("Belum ada hasil yang diumumkan")
			.doesNotContain("/respondent/results/" + cycle.cycleId() + "/certificate.pdf");

		publications.publish(cycle.cycleId(), commissioner());

		assertThat(mvc.get().uri("/respondent/results").with(user(respondent))).hasStatusOk()
			.bodyText()
			.contains("84,50", "Menuju Informatif", cycle.decree().number(),
					"/respondent/results/" + cycle.cycleId() + "/certificate.pdf",
					"/respondent/results/" + cycle.cycleId() + "/report-card.pdf",
					"/hasil/" + cycle.year() + "/badan/" + body.getCode())
			.doesNotContain(cycle.bodies().get(1).getCode());
	}

	private CurrentUser commissioner() {
		return (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
	}

}
