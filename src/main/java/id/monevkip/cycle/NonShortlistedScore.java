package id.monevkip.cycle;

/** What a body that was not shortlisted for the later stages gets as its final score. */
public enum NonShortlistedScore {

	/** Its verified SAQ, unweighted (as the Dikall app and several provinces do). */
	VERIFIED_SAQ,
	/** The weighted sum of its stages, the missing stages counting 0. */
	WEIGHTED_WITH_MISSING_AS_ZERO

}
