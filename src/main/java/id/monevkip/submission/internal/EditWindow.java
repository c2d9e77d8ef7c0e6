package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Optional;

import id.monevkip.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/**
 * When a body may change an answer: while the submission is open, from the SAQ window's opening until its
 * closing (or the body's extension); after sending, only the questions of an open revision round until the
 * round's deadline. The server asks this on every change, whatever the page in the browser shows.
 *
 * @param closesAt the SAQ closing for this body, extensions included
 */
public record EditWindow(Instant opensAt, Instant closesAt, @Nullable RevisionRound revision) {

	/** Why the answer cannot be changed now, as a message key; empty when it can. */
	public Optional<String> refusal(SubmissionStatus status, String questionCode, Instant now) {
		if (status == SubmissionStatus.REVISION_REQUESTED) {
			if (revision == null || !revision.reopens(questionCode)) {
				return Optional.of("submission.closed.notInRevision");
			}
			return now.isBefore(revision.getDeadline()) ? Optional.empty()
					: Optional.of("submission.closed.revisionDeadline");
		}
		if (!status.open()) {
			return Optional.of("submission.closed.sent");
		}
		if (now.isBefore(opensAt)) {
			return Optional.of("submission.closed.notYetOpen");
		}
		return now.isBefore(closesAt) ? Optional.empty() : Optional.of("submission.closed.deadline");
	}

	/** Whether sending is possible now (the first time, or again within a revision round). */
	public Optional<String> submitRefusal(SubmissionStatus status, Instant now) {
		if (status == SubmissionStatus.REVISION_REQUESTED) {
			return revision != null && now.isBefore(revision.getDeadline()) ? Optional.empty()
					: Optional.of("submission.closed.revisionDeadline");
		}
		if (!status.open()) {
			return Optional.of("submission.closed.sent");
		}
		if (now.isBefore(opensAt)) {
			return Optional.of("submission.closed.notYetOpen");
		}
		return now.isBefore(closesAt) ? Optional.empty() : Optional.of("submission.closed.deadline");
	}

	/** The deadline that counts for the body now. */
	public Instant deadline(SubmissionStatus status) {
		return status == SubmissionStatus.REVISION_REQUESTED && revision != null ? revision.getDeadline() : closesAt;
	}

}
