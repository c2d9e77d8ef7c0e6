package id.monevkip.questionnaire;

/** Where an instrument stands: only drafts change; published ones are what respondents answer. */
public enum InstrumentStatus {

	DRAFT,
	PUBLISHED,
	/** Replaced by a newer published version of the same instrument. */
	RETIRED

}
