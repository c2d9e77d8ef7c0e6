package id.monevkip.submission;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.monevkip.questionnaire.scoring.Answer;
import id.monevkip.questionnaire.scoring.InstrumentSpec;
import org.jspecify.annotations.Nullable;

/**
 * The latest sealed round of a submission as verification reads it: every question in the instrument's order, the
 * answers as the scoring engine reads them, and the state of revision rounds.
 *
 * @param openRevisionCodes questions a revision round still open has given back to the body (empty when none is open)
 * @param revisionDeadline the open round's deadline, {@code null} when none is open
 * @param lastRevisionCodes questions of the latest revision round, open or closed (empty before the first one)
 */
public record ReviewSheet(SubmissionView submission, int round, Instant sealedAt, String sealedByName,
		InstrumentSpec spec, List<Answer> answers, List<ReviewItem> items, Set<String> openRevisionCodes,
		@Nullable Instant revisionDeadline, Set<String> lastRevisionCodes) {

	public boolean revisionOpen() {
		return revisionDeadline != null;
	}

}
