package id.monevkip.assessment.panel;

import id.monevkip.cycle.ScoreStage;
import id.monevkip.cycle.Stage;

/** The stages a panel of judges scores, with their score-ledger stage and their window in the cycle calendar. */
public enum PanelStage {

	PRESENTATION(ScoreStage.PRESENTATION, Stage.PRESENTATION), VISITATION(ScoreStage.VISITATION, Stage.VISITATION);

	private final ScoreStage scoreStage;

	private final Stage window;

	PanelStage(ScoreStage scoreStage, Stage window) {
		this.scoreStage = scoreStage;
		this.window = window;
	}

	public ScoreStage scoreStage() {
		return scoreStage;
	}

	public Stage window() {
		return window;
	}

}
