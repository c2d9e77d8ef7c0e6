package id.monevkip.assessment;

import id.monevkip.cycle.ScoreStage;

/** What a recorded score change is about: one stage score of a body, or its final score (nilai akhir). */
public enum ScoreSubject {

	SAQ, PRESENTATION, VISITATION, WEBSITE, FINAL;

	public static ScoreSubject of(ScoreStage stage) {
		return valueOf(stage.name());
	}

}
