package id.monevkip.assessment.panel;

/** A line of a judge's list: one body in one stage and how far the judge got. */
public record JudgeRow(long cycleId, long bodyId, String bodyCode, String bodyName, PanelStage stage,
		SheetStatus status) {
}
