package id.monevkip.submission;

import id.monevkip.questionnaire.scoring.Verdict;
import org.jspecify.annotations.Nullable;

/** Verification's conclusion on one item as the body reads it: the verdict and the assessor's remark. */
public record ItemOutcome(String questionCode, Verdict verdict, @Nullable String remark) {

	public boolean accepted() {
		return verdict == Verdict.ACCEPTED;
	}

}
