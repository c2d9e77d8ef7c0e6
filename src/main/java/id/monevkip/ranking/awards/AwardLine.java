package id.monevkip.ranking.awards;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One row of an award category's ranking; a winner has a rank within the category's winners count. */
public record AwardLine(int rank, long bodyId, String bodyCode, String bodyName, String categoryName,
		@Nullable String regencyCode, @Nullable String regencyName, BigDecimal finalScore, String band, boolean winner) {
}
