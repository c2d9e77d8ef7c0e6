package id.monevkip.cycle;

/** The stages that produce a score combined into the final score (nilai akhir). */
public enum ScoreStage {

	SAQ, PRESENTATION, VISITATION, WEBSITE

}
