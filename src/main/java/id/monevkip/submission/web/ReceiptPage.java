package id.monevkip.submission.web;

import java.time.LocalDateTime;

import id.monevkip.shared.Wita;
import id.monevkip.submission.internal.SubmissionSnapshot;
import id.monevkip.submission.internal.Workspace;

/** The receipt of one sealed round: what was sent, when, by whom, and the fingerprint of the sealed content. */
record ReceiptPage(Workspace workspace, String bodyName, SubmissionSnapshot snapshot) {

	public LocalDateTime sealedAtWita() {
		return LocalDateTime.ofInstant(snapshot.getSealedAt(), Wita.ZONE);
	}

}
