package id.monevkip.assessment.shortlist;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A participant on the shortlist page: its verified SAQ as the policy rounds it (null before verification gave
 * it one), the policy's verdict, whether it goes on, and the commissioner's adjustment in force.
 */
public record ShortlistRow(long bodyId, String bodyCode, String bodyName, long categoryId, String categoryName,
		@Nullable BigDecimal verifiedSaq, boolean byPolicy, boolean included, @Nullable String adjustmentReason,
		@Nullable String adjustedByName, @Nullable Instant adjustedAt) {

	public boolean adjusted() {
		return adjustmentReason != null;
	}

}
