package id.monevkip.assessment.panel;

import java.util.List;

/** The results page of one stage: the rubric, every judged body and the judges' leniency. */
public record PanelResults(long cycleId, String cycleTitle, PanelStage stage, RubricView rubric,
		List<BodyResult> bodies, List<LeniencyRow> leniency) {

	public long divergent() {
		return bodies.stream().filter(b -> b.panel().divergent()).count();
	}

}
