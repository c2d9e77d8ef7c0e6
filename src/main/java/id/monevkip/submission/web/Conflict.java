package id.monevkip.submission.web;

import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.shared.Wita;
import id.monevkip.submission.internal.AnswerConflictException;
import org.jspecify.annotations.Nullable;

/**
 * Two people changed the same answer: what this user tried to save, what the other person saved, who and when.
 * The user keeps theirs (saved again on top of the current version) or takes the saved one.
 *
 * @param mine the values the user posted, to post again unchanged
 */
record Conflict(List<String> mine, @Nullable String theirs, long currentVersion, String changedBy,
		LocalDateTime changedAt) {

	static Conflict of(QuestionCard card, List<String> posted, AnswerConflictException conflict) {
		return new Conflict(posted, conflict.theirValue(), conflict.currentVersion(), conflict.changedBy(),
				LocalDateTime.ofInstant(conflict.changedAt(), Wita.ZONE));
	}

	/** The posted values as stored text, for display next to the saved one. */
	public @Nullable String mineAsText() {
		return mine.isEmpty() ? null : String.join(",", mine);
	}

}
