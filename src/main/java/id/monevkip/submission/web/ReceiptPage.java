package id.monevkip.submission.web;

import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.shared.Wita;
import id.monevkip.submission.ReviewEvidence;
import id.monevkip.submission.ReviewItem;
import id.monevkip.submission.internal.SubmissionSnapshot;
import id.monevkip.submission.internal.Workspace;

/**
 * The receipt of one sealed round: its number, when and by whom it was sent, the fingerprint of the sealed content,
 * and every answer with its evidence per aspect, exactly as sealed.
 */
record ReceiptPage(Workspace workspace, String bodyName, SubmissionSnapshot snapshot, List<Aspect> aspects) {

	/** One aspect (indicator) and its questions as sent. */
	record Aspect(String code, String name, List<ReviewItem> items) {
	}

	public String number() {
		return snapshot.receiptNumber();
	}

	public LocalDateTime sealedAtWita() {
		return LocalDateTime.ofInstant(snapshot.getSealedAt(), Wita.ZONE);
	}

	public long answered() {
		return aspects.stream().flatMap(a -> a.items().stream()).filter(ReviewItem::answered).count();
	}

	public long questions() {
		return aspects.stream().mapToLong(a -> a.items().size()).sum();
	}

	/** Links sent although their last check before sending did not open them. */
	public long unreachableLinks() {
		return aspects.stream()
			.flatMap(a -> a.items().stream())
			.flatMap(i -> i.evidence().stream())
			.filter(ReviewEvidence::linkUnreachable)
			.count();
	}

}
