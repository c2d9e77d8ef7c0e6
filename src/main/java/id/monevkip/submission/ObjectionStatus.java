package id.monevkip.submission;

/** An objection is filed by the body and decided by an assessor who did not verify the item. */
public enum ObjectionStatus {

	FILED, UPHELD, DISMISSED

}
