package id.monevkip.cycle;

/**
 * The stages of a Monev cycle in their usual order. Each has an open/close window in WITA; which stage is
 * current is derived from the clock, never stored.
 */
public enum Stage {

	REGISTRATION, SAQ, VERIFICATION, REVISION, OBJECTION, PRESENTATION, VISITATION, DETERMINATION, AWARD

}
