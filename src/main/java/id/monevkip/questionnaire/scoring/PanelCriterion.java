package id.monevkip.questionnaire.scoring;

/** One criterion of a panel rubric: its code and its weight in percent (the weights of a rubric total 100). */
public record PanelCriterion(String code, int weight) {
}
