package id.monevkip.ranking.tokoh;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One juror's page for one nomination. {@code others} (the other jurors' submitted totals) and {@code aggregate}
 * are empty/null until this juror has submitted: jurors score independently.
 */
record JurorSheet(NominationView nomination, String cycleTitle, List<TokohRubric.CriterionView> criteria,
		Map<String, Integer> scores, JurorStatus status, @Nullable String conflictReason, @Nullable Instant submittedAt,
		boolean scoringOpen, @Nullable BigDecimal total, List<OtherTotal> others, @Nullable BigDecimal aggregate) {

	record OtherTotal(String jurorName, BigDecimal total) {
	}

	public boolean editable() {
		return scoringOpen && status != JurorStatus.SUBMITTED && status != JurorStatus.CONFLICT;
	}

	public boolean canDeclareConflict() {
		return status != JurorStatus.SUBMITTED && status != JurorStatus.CONFLICT && scoringOpen;
	}

}
