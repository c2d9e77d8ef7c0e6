package id.monevkip.assessment.verification;

/** Where the verification of one submission stands. */
public enum VerificationStatus {

	IN_PROGRESS, COMPLETED

}
