package id.monevkip.assessment.panel;

/** Where a judge stands with one body in one stage. */
public enum SheetStatus {

	NOT_STARTED, DRAFT, SUBMITTED

}
