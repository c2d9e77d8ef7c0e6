package id.monevkip.assessment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One body's final result as the scoring engine computed it: its stage scores (unrounded, null where it has
 * none; the SAQ is the verified one), the exact and the published (rounded) final score, band code, rank within
 * its category and whether it was shortlisted for presentation and visitasi.
 */
public record ResultView(long bodyId, long categoryId, @Nullable BigDecimal verifiedSaq,
		@Nullable BigDecimal presentation, @Nullable BigDecimal visitation, @Nullable BigDecimal website,
		BigDecimal rawScore, BigDecimal finalScore, String band, int rank, boolean shortlisted) {

	/** Whether the figures a decree publishes differ (raw score aside, which nobody reads). */
	public boolean sameFigures(ResultView other) {
		return bodyId == other.bodyId && categoryId == other.categoryId && same(verifiedSaq, other.verifiedSaq)
				&& same(presentation, other.presentation) && same(visitation, other.visitation)
				&& same(website, other.website) && finalScore.compareTo(other.finalScore) == 0
				&& band.equals(other.band) && rank == other.rank && shortlisted == other.shortlisted;
	}

	private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
