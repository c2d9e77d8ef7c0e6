package id.monevkip.submission.web;

import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.questionnaire.QuestionView;
import id.monevkip.shared.Wita;
import id.monevkip.submission.internal.AnswerConflictException;
import id.monevkip.submission.internal.AnswerValues;

/**
 * Two people changed the same answer: what this user tried to save, what the other person saved, who and when.
 * The user keeps theirs (saved again on top of the current version) or takes the saved one.
 *
 * @param mine the values the user posted, to post again unchanged
 * @param mineText and {@code theirs}: both answers in words (labels, not codes)
 */
record Conflict(List<String> mine, String mineText, String theirs, long currentVersion, String changedBy,
		LocalDateTime changedAt) {

	/** The words for yes, no and "no answer" in the user's language. */
	record Words(String yes, String no, String none) {
	}

	static Conflict of(QuestionView question, List<String> posted, AnswerConflictException conflict, Words words) {
		String mineValue;
		try {
			mineValue = AnswerValues.normalise(question, posted);
		}
		catch (RuntimeException unreadable) {
			mineValue = String.join(", ", posted);
		}
		return new Conflict(posted, AnswerValues.display(question, mineValue, words.yes(), words.no(), words.none()),
				AnswerValues.display(question, conflict.theirValue(), words.yes(), words.no(), words.none()),
				conflict.currentVersion(), conflict.changedBy(), LocalDateTime.ofInstant(conflict.changedAt(), Wita.ZONE));
	}

}
