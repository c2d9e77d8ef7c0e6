package id.monevkip.ranking.tokoh;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** A cycle of its own with a tokoh award: coordinators of participating bodies, jurors on the team, nominations. */
@Component
public class TokohFixtures {

	static final String RATIONALE = "Mendorong keterbukaan informasi di daerahnya dengan kebijakan yang jelas,"
			+ " layanan informasi yang mudah dijangkau warga dan laporan yang terbit tepat waktu.";

	private final AssessmentFixtures assessment;

	private final Nominations nominations;

	private final TokohTeam team;

	private final Rounds rounds;

	private final Jury jury;

	private final UserDetailsService users;

	TokohFixtures(AssessmentFixtures assessment, Nominations nominations, TokohTeam team, Rounds rounds, Jury jury,
			UserDetailsService users) {
		this.assessment = assessment;
		this.nominations = nominations;
		this.team = team;
		this.rounds = rounds;
		this.jury = jury;
		this.users = users;
	}

	public long cycle() {
		return assessment.cycle();
	}

	/** A coordinator whose body takes part only in this cycle, so that it is their current cycle. */
	public CurrentUser coordinator(long cycleId, String name) {
		var body = assessment.participant(cycleId, "PD_KABKOTA", "64.02", null);
		return assessment.person(Role.COORDINATOR, name, body);
	}

	public CurrentUser juror(long cycleId, String name) {
		var juror = assessment.person(Role.JUROR, name, null);
		team.add(cycleId, juror.accountId());
		return juror;
	}

	public CurrentUser admin() {
		return assessment.admin();
	}

	public CurrentUser commissioner() {
		return (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
	}

	public long nominate(long cycleId, String name, CurrentUser by) {
		return nominations.nominate(cycleId, new NominationForm(name, "Kepala Desa", "Pemerintah Desa Uji", RATIONALE),
				List.of(), by);
	}

	public void close(long cycleId) {
		rounds.close(cycleId, admin());
	}

	/** Submits the juror's scores for the default rubric (K1..K4, weights 30/25/25/20). */
	public void submit(CurrentUser juror, long nominationId, int k1, int k2, int k3, int k4) {
		jury.score(juror, nominationId, scores(k1, k2, k3, k4), true);
	}

	public static Map<String, @Nullable Integer> scores(int k1, int k2, int k3, int k4) {
		var scores = new HashMap<String, @Nullable Integer>();
		scores.put("K1", k1);
		scores.put("K2", k2);
		scores.put("K3", k3);
		scores.put("K4", k4);
		return scores;
	}

}
