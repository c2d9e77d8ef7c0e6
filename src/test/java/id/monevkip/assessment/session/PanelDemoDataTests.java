package id.monevkip.assessment.session;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.panel.PanelStage;
import id.monevkip.assessment.panel.RubricService;
import id.monevkip.assessment.panel.RubricView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.submission.SubmissionFixtures;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo has ready rubrics for both panel stages and a presentation of Pemkab Kutai Kartanegara. */
@IntegrationTest
class PanelDemoDataTests {

	@Autowired
	RubricService rubrics;

	@Autowired
	SessionService sessions;

	@Autowired
	SubmissionFixtures submissions;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserDetailsService users;

	@Test
	void theDemoCycleHasRubricsAndAPresentationSession() {
		var cycleId = submissions.demoCycle().id();
		assertThat(rubrics.rubrics(cycleId)).extracting(RubricView::stage, RubricView::ready)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PanelStage.PRESENTATION, true),
					org.assertj.core.groups.Tuple.tuple(PanelStage.VISITATION, true));
		var juror = (CurrentUser) users.loadUserByUsername("juri@kipkaltim.test");
		var kukar = directory.bodyByCode("PEMKAB-KUKAR").orElseThrow();
		assertThat(sessions.list(cycleId, juror)).anySatisfy(row -> {
			assertThat(row.bodyId()).isEqualTo(kukar.id());
			assertThat(row.kind()).isEqualTo(SessionKind.PRESENTATION);
		});
	}

}
