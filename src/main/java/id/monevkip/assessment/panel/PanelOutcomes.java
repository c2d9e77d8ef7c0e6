package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import id.monevkip.questionnaire.scoring.PanelSheet;
import id.monevkip.questionnaire.scoring.ScoringEngine;

/**
 * Puts a body's panel together from its judges and sheets: only submitted sheets give a total and scores, so a
 * draft never leaks to anyone but its own judge.
 */
final class PanelOutcomes {

	private PanelOutcomes() {
	}

	/**
	 * @param judges the assigned judges, in assignment order; a judge who submitted and was later taken off the body
	 * still counts
	 */
	static PanelOutcome of(RubricView rubric, List<Long> judges, Map<Long, String> names, List<Sheet> sheets) {
		var rows = new ArrayList<JudgeTotal>();
		var submitted = new ArrayList<PanelSheet>();
		var seen = new HashSet<Long>();
		var spec = JudgingService.spec(rubric);
		for (var sheet : sheets) {
			if (!sheet.isSubmitted()) {
				continue;
			}
			var scores = JudgingService.byCode(rubric, sheet);
			var decimals = JudgingService.decimals(scores);
			submitted.add(new PanelSheet(sheet.getJudgeAccountId(), decimals));
			seen.add(sheet.getJudgeAccountId());
			rows.add(new JudgeTotal(sheet.getJudgeAccountId(), sheet.getJudgeName(), true,
					ScoringEngine.panelTotal(spec.criteria(), decimals), scores));
		}
		for (var judge : judges) {
			if (seen.add(judge)) {
				rows.add(new JudgeTotal(judge, names.getOrDefault(judge, ""), false, null, Map.of()));
			}
		}
		if (submitted.isEmpty() || !rubric.ready()) {
			return new PanelOutcome(rows, null, null, false);
		}
		var score = ScoringEngine.panelScore(spec, submitted);
		return new PanelOutcome(rows, score.aggregate(), score.spread(), score.divergent());
	}

}
