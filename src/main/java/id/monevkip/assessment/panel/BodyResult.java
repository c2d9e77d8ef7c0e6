package id.monevkip.assessment.panel;

/** One body of the results page: its panel in the stage. */
public record BodyResult(long bodyId, String bodyCode, String bodyName, PanelOutcome panel) {
}
