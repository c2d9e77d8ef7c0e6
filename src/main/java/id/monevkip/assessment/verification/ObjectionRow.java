package id.monevkip.assessment.verification;

import java.time.LocalDateTime;

import id.monevkip.questionnaire.scoring.Verdict;
import id.monevkip.shared.Wita;
import id.monevkip.submission.ObjectionView;
import org.jspecify.annotations.Nullable;

/**
 * An objection as the list shows it: the body, the contested item with its verdict, and whether the reader may decide.
 *
 * @param refusalKey why the reader may not decide it (own verdict, conflict), {@code null} when it may
 */
public record ObjectionRow(ObjectionView objection, String bodyCode, String bodyName, @Nullable Verdict verdict,
		@Nullable String verdictComment, @Nullable String judgedByName, boolean canDecide,
		@Nullable String refusalKey) {

	public LocalDateTime filedAtWita() {
		return LocalDateTime.ofInstant(objection.filedAt(), Wita.ZONE);
	}

	public @Nullable LocalDateTime decidedAtWita() {
		return objection.decidedAt() == null ? null : LocalDateTime.ofInstant(objection.decidedAt(), Wita.ZONE);
	}

}
