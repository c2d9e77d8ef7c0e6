package id.monevkip.questionnaire.scoring;

/** An assessor's decision on one answered item; only an accepted item keeps its score in the verified SAQ. */
public enum Verdict {

	/** The answer and its evidence hold: the self-claimed item score stands. */
	ACCEPTED,
	/** The answer does not hold: the item scores 0. */
	REJECTED,
	/** The respondent must revise; until then the item scores 0. */
	NEEDS_REVISION

}
