package id.monevkip.assessment.panel;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One judge of a body: its name and, once submitted, its total and scores by criterion code. The scores of a judge
 * who has not submitted are never put in here.
 */
public record JudgeTotal(long accountId, String name, boolean submitted, @Nullable BigDecimal total,
		Map<String, Integer> scores) {

	public @Nullable BigDecimal totalShown() {
		return Shown.two(total);
	}

}
