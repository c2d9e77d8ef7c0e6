package id.monevkip.assessment.panel;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Map;

import id.monevkip.directory.BodyView;
import org.jspecify.annotations.Nullable;

/**
 * A judge's own score sheet for a body. {@code outcome} (the other judges and the aggregate) is filled only once
 * this judge has submitted; before that the page cannot show anybody else's scores because it does not have them.
 * Times are in WITA.
 * @param open scores can be saved now: the stage's window is open for the body
 * @param conflicted the judge declared (or was found to have) a conflict with the body after being assigned
 */
public record SheetView(long cycleId, String cycleTitle, BodyView body, PanelStage stage, RubricView rubric,
		boolean conflicted, boolean open, @Nullable ZonedDateTime opensAt, @Nullable ZonedDateTime closesAt, SheetStatus status,
		Map<String, Integer> scores, @Nullable String note, @Nullable BigDecimal total, @Nullable ZonedDateTime submittedAt,
		@Nullable PanelOutcome outcome) {

	public boolean submitted() {
		return status == SheetStatus.SUBMITTED;
	}

	public boolean editable() {
		return open && !conflicted && rubric.ready() && !submitted();
	}

	public @Nullable BigDecimal totalShown() {
		return Shown.two(total);
	}

}
