package id.monevkip.submission;

/** Where a body's submission stands; the home page and the progress board show it. */
public enum SubmissionStatus {

	/** Opened but nothing answered yet. */
	NOT_STARTED,
	/** Being filled. */
	DRAFT,
	/** Sent and sealed; waiting for verification. */
	SUBMITTED,
	/** An assessor is verifying it. */
	IN_VERIFICATION,
	/** The assessor reopened some questions for the body to fix. */
	REVISION_REQUESTED,
	/** Sent again after a revision round; sealed again. */
	RESUBMITTED,
	/** Verification is complete. */
	VERIFIED;

	/** Whether the body may still change answers outside any revision round. */
	public boolean open() {
		return this == NOT_STARTED || this == DRAFT;
	}

	/** Whether a sealed snapshot exists. */
	public boolean sent() {
		return !open();
	}

}
