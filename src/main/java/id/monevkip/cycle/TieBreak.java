package id.monevkip.cycle;

/**
 * A criterion that orders bodies with equal final scores. The chain is applied in order; bodies still equal
 * after the whole chain share a rank.
 */
public enum TieBreak {

	/** Higher verified SAQ first. */
	VERIFIED_SAQ,
	/** Higher presentation (uji publik) score first. */
	PRESENTATION,
	/** Higher visitasi score first. */
	VISITATION,
	/** Earlier SAQ submission first. */
	EARLIER_SUBMISSION

}
