package id.monevkip.assessment.panel;

import java.util.List;

import id.monevkip.questionnaire.scoring.PanelRule;
import id.monevkip.shared.NotFoundException;

/**
 * A stage's rubric as pages show it; a stage without a rubric yet shows the defaults and no criteria.
 * @param ready the weights total 100, so judges can score
 * @param locked a judge has submitted in this stage, so the rubric can no longer change
 */
public record RubricView(long cycleId, PanelStage stage, PanelRule rule, int divergenceThreshold, int totalWeight,
		boolean ready, boolean locked, List<CriterionView> criteria) {

	static RubricView of(Rubric rubric, boolean locked) {
		return new RubricView(rubric.getCycleId(), rubric.getStage(), rubric.getRule(), rubric.getDivergenceThreshold(),
				rubric.totalWeight(), rubric.ready(), locked,
				rubric.getCriteria().stream().map(CriterionView::of).toList());
	}

	static RubricView empty(long cycleId, PanelStage stage, boolean locked) {
		return new RubricView(cycleId, stage, PanelRule.MEAN, Rubric.DEFAULT_THRESHOLD, 0, false, locked, List.of());
	}

	public int remainingWeight() {
		return 100 - totalWeight;
	}

	public CriterionView criterion(long criterionId) {
		return criteria.stream().filter(c -> c.id() == criterionId).findFirst()
			.orElseThrow(() -> new NotFoundException("Criterion " + criterionId));
	}

}
