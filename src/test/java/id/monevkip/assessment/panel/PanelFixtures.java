package id.monevkip.assessment.panel;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.assessment.AssignmentRole;
import id.monevkip.assessment.internal.AssignmentService;
import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.submission.SubmissionFixtures;
import org.springframework.stereotype.Component;

import static id.monevkip.submission.SubmissionFixtures.days;

/**
 * Fixtures of the panel and session tests: a cycle of its own (early year, so never "the current cycle") whose
 * presentation window is open today or opens later, participants, judges assigned to them and a three-criterion
 * rubric (K1 40 %, K2 35 %, K3 25 %).
 */
@Component
public class PanelFixtures {

	private final AssessmentFixtures assessment;

	private final SubmissionFixtures submissions;

	private final AssignmentService assignments;

	private final RubricService rubrics;

	private final CycleRepository cycles;

	private final Clock clock;

	public PanelFixtures(AssessmentFixtures assessment, SubmissionFixtures submissions, AssignmentService assignments,
			RubricService rubrics, CycleRepository cycles, Clock clock) {
		this.assessment = assessment;
		this.submissions = submissions;
		this.assignments = assignments;
		this.rubrics = rubrics;
		this.cycles = cycles;
		this.clock = clock;
	}

	/** A cycle whose presentation window is open now ({@code open}) or opens in ten days. */
	public long cycle(boolean open) {
		var now = clock.instant();
		var presentation = open ? new StageWindow(Stage.PRESENTATION, days(now, -1), days(now, 5))
				: new StageWindow(Stage.PRESENTATION, days(now, 10), days(now, 15));
		var cycle = cycles.save(new Cycle(2005, "Monev panel uji", submissions.outsider().getId(),
				List.of(new StageWindow(Stage.SAQ, days(now, -60), days(now, -30)), presentation,
						new StageWindow(Stage.VISITATION, days(now, 20), days(now, 25))),
				submissions.demoCycle().policy(), now));
		return cycle.getId();
	}

	public PublicBody participant(long cycleId) {
		// a category no test adds wholesale to a cycle, so these bodies never crowd another test's participant list
		return assessment.participant(cycleId, "BP_KHUSUS_KABKOTA", null, null);
	}

	/** A juror (password "not-used") assigned as judge of the body. */
	public CurrentUser judge(long cycleId, PublicBody body, String name) {
		var judge = assessment.person(Role.JUROR, name, null);
		judgeOf(cycleId, body, judge);
		return judge;
	}

	public void judgeOf(long cycleId, PublicBody body, CurrentUser judge) {
		assignments.assign(cycleId, body.getId(), judge.accountId(), AssignmentRole.JUDGE, assessment.admin());
	}

	public CurrentUser person(Role role, String name) {
		return assessment.person(role, name, null);
	}

	public CurrentUser admin() {
		return assessment.admin();
	}

	public void rubric(long cycleId, PanelRule rule, int threshold) {
		rubrics.define(cycleId, PanelStage.PRESENTATION, rule, threshold,
				List.of(criterion("K1", "Komitmen pimpinan", 40), criterion("K2", "Inovasi layanan", 35),
						criterion("K3", "Penguasaan materi", 25)));
	}

	public static CriterionCommand criterion(String code, String name, int weight) {
		return new CriterionCommand(code, name, null, weight, List.of(new Level(1, 0, 50, "Kurang"),
				new Level(2, 51, 80, "Baik"), new Level(3, 81, 100, "Sangat baik")));
	}

	public static Map<String, Integer> scores(int k1, int k2, int k3) {
		return Map.of("K1", k1, "K2", k2, "K3", k3);
	}

}
