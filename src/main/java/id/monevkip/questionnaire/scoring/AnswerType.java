package id.monevkip.questionnaire.scoring;

/** How a question is answered, which decides how it scores. */
public enum AnswerType {

	/** Ya/Tidak: "Ya" with its required evidence scores 1. */
	YES_NO,
	/** One option, each carrying its own score fraction. */
	SINGLE_CHOICE,
	/** Required elements ticked: the share met, or all-or-nothing. */
	CHECKLIST,
	/** A number, scored by thresholds when the question has any, else not scored. */
	NUMBER,
	/** Free text: never scored. */
	FREE_TEXT

}
