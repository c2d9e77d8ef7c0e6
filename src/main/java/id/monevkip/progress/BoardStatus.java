package id.monevkip.progress;

import id.monevkip.submission.ProgressRow;
import id.monevkip.submission.SubmissionStatus;
import org.jspecify.annotations.Nullable;

/** A body's place on the board, in the words coordinators use; several submission states share one. */
enum BoardStatus {

	NOT_STARTED, FILLING, SENT, REVISION, VERIFIED;

	static BoardStatus of(@Nullable ProgressRow row) {
		if (row == null) {
			return NOT_STARTED;
		}
		return of(row.status(), row.answered());
	}

	/** A submission opened but with no answer yet has not started in the coordinator's eyes. */
	static BoardStatus of(SubmissionStatus status, int answered) {
		return switch (status) {
			case NOT_STARTED -> NOT_STARTED;
			case DRAFT -> answered == 0 ? NOT_STARTED : FILLING;
			case SUBMITTED, IN_VERIFICATION, RESUBMITTED -> SENT;
			case REVISION_REQUESTED -> REVISION;
			case VERIFIED -> VERIFIED;
		};
	}

	/** Whether the body still has to send its SAQ for the first time. */
	public boolean unsent() {
		return this == NOT_STARTED || this == FILLING;
	}

	public String badgeClass() {
		return switch (this) {
			case NOT_STARTED -> "text-bg-secondary";
			case FILLING -> "text-bg-warning";
			case SENT -> "text-bg-primary";
			case REVISION -> "text-bg-danger";
			case VERIFIED -> "text-bg-success";
		};
	}

}
