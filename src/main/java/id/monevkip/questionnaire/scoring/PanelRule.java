package id.monevkip.questionnaire.scoring;

/** How the judges' totals of one body combine into its stage score. */
public enum PanelRule {

	/** The average of all submitted totals. */
	MEAN,
	/** The middle total (the average of the two middle ones for an even count); one outlier moves nothing. */
	MEDIAN,
	/**
	 * The average without the highest and the lowest total; with fewer than three judges there is nothing to
	 * drop and it is the plain average.
	 */
	TRIMMED_MEAN

}
