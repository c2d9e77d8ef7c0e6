package id.monevkip.evidence;

/**
 * Whose resumable upload this is and where its file goes: one account, for one body, into one place (the
 * library, or one question). An upload is only ever seen again by the same account for the same body and place.
 *
 * @param place {@code library} or, e.g., {@code question-12-345} (submission and question)
 * @param maxBytes the largest file accepted here (a question's own limit, never above the library's)
 */
public record UploadTarget(long accountId, long bodyId, String place, long maxBytes) {

	/** The owner key the tus store keeps with the upload; a request with another key finds nothing. */
	String ownerKey() {
		return "account-" + accountId + "/body-" + bodyId + "/" + place;
	}

}
