package id.monevkip.assessment.results;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One body's row of a result table, scores rounded as the cycle publishes them. */
public record ResultLine(long bodyId, String bodyCode, String bodyName, String categoryName,
		@Nullable BigDecimal verifiedSaq, @Nullable BigDecimal presentation, @Nullable BigDecimal visitation,
		@Nullable BigDecimal website, BigDecimal finalScore, String band, int rank, boolean shortlisted) {

	/** No verified SAQ yet: the final score stands on the other stages only, usually 0. */
	public boolean withoutSaq() {
		return verifiedSaq == null;
	}

}
