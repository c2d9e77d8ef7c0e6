package id.monevkip.questionnaire.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stage's rubric as the engine needs it.
 * @param divergenceThreshold points; judges' totals further apart than this are flagged
 */
public record PanelSpec(List<PanelCriterion> criteria, PanelRule rule, BigDecimal divergenceThreshold) {

	public PanelSpec {
		criteria = List.copyOf(criteria);
	}

}
