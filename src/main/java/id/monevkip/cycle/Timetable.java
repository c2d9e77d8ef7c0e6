package id.monevkip.cycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a cycle's stage windows must follow. Commissions overlap some stages on purpose (KI Sulsel 2025
 * verified while the SAQ was still open; KI Sumbar 2024 visited before the presentations), so only what would
 * break the process is refused: a window must close after it opens, no stage may open before the stage it
 * builds on, and the objection window, the determination and the award night come strictly after the
 * windows they depend on.
 */
final class Timetable {

	/** Pairs (earlier, later): the later stage may not open before the earlier one opens. */
	private static final Stage[][] OPENS_AFTER = { { Stage.REGISTRATION, Stage.SAQ }, { Stage.SAQ, Stage.VERIFICATION },
			{ Stage.VERIFICATION, Stage.REVISION }, { Stage.REVISION, Stage.OBJECTION }, { Stage.SAQ, Stage.PRESENTATION },
			{ Stage.SAQ, Stage.VISITATION }, { Stage.PRESENTATION, Stage.DETERMINATION },
			{ Stage.VISITATION, Stage.DETERMINATION } };

	private Timetable() {
	}

	static List<PolicyProblem> problems(Collection<StageWindow> windows) {
		List<PolicyProblem> problems = new ArrayList<>();
		Map<Stage, StageWindow> byStage = new EnumMap<>(Stage.class);
		for (StageWindow window : windows) {
			if (byStage.put(window.getStage(), window) != null) {
				problems.add(new PolicyProblem("stages", "timetable.duplicate", window.getStage()));
			}
			if (!window.getOpensAt().isBefore(window.getClosesAt())) {
				problems.add(new PolicyProblem("stages", "timetable.closeBeforeOpen", window.getStage()));
			}
		}
		if (!byStage.containsKey(Stage.SAQ)) {
			problems.add(new PolicyProblem("stages", "timetable.saqRequired"));
		}
		for (Stage[] pair : OPENS_AFTER) {
			var earlier = byStage.get(pair[0]);
			var later = byStage.get(pair[1]);
			if (earlier != null && later != null && later.getOpensAt().isBefore(earlier.getOpensAt())) {
				problems.add(new PolicyProblem("stages", "timetable.order", pair[1], pair[0]));
			}
		}
		mustFollow(byStage, Stage.SAQ, Stage.OBJECTION, problems);
		mustFollow(byStage, Stage.VERIFICATION, Stage.OBJECTION, problems);
		mustFollow(byStage, Stage.OBJECTION, Stage.DETERMINATION, problems);
		mustFollow(byStage, Stage.DETERMINATION, Stage.AWARD, problems);
		return problems;
	}

	/** {@code later} may only open once {@code earlier} has closed. */
	private static void mustFollow(Map<Stage, StageWindow> byStage, Stage earlier, Stage later,
			List<PolicyProblem> problems) {
		var first = byStage.get(earlier);
		var second = byStage.get(later);
		if (first != null && second != null && second.getOpensAt().isBefore(first.getClosesAt())) {
			problems.add(new PolicyProblem("stages", "timetable.overlap", later, earlier));
		}
	}

}
