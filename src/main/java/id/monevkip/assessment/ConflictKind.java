package id.monevkip.assessment;

/** Why a person may not assess a body. */
public enum ConflictKind {

	/** The person's account belongs to the body, to a body above it or to one below it. */
	OWN_INSTITUTION,
	/** The person's declared home kabupaten/kota is the body's. */
	OWN_REGION,
	/** The person (or an admin for them) declared a conflict with the body, with a reason. */
	DECLARED

}
