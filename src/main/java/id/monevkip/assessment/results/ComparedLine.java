package id.monevkip.assessment.results;

import java.math.BigDecimal;

import id.monevkip.assessment.ResultView;
import org.jspecify.annotations.Nullable;

/** A body in two decree versions (rounded figures); a side is null when the body is missing from that version. */
public record ComparedLine(long bodyId, String bodyCode, String bodyName, String categoryName,
		@Nullable ResultView from, @Nullable ResultView to) {

	public boolean finalDiffers() {
		return from == null || to == null || from.finalScore().compareTo(to.finalScore()) != 0;
	}

	public boolean bandDiffers() {
		return from == null || to == null || !from.band().equals(to.band());
	}

	public boolean rankDiffers() {
		return from == null || to == null || from.rank() != to.rank();
	}

	public boolean differs() {
		return finalDiffers() || bandDiffers() || rankDiffers();
	}

	/** Newer minus older final score; null when the body is in one version only. */
	public @Nullable BigDecimal finalDelta() {
		return from == null || to == null ? null : to.finalScore().subtract(from.finalScore());
	}

	/** Places gained (positive) or lost (negative); null when the body is in one version only. */
	public @Nullable Integer rankGain() {
		return from == null || to == null ? null : from.rank() - to.rank();
	}

}
