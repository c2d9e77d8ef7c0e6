package id.monevkip.cycle.web;

import java.time.LocalDateTime;

import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.StageWindow;
import id.monevkip.shared.Wita;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** One stage's row of the cycle form: both times in WITA, or neither when the cycle skips the stage. */
record WindowForm(@NotNull Stage stage,
		@Pattern(regexp = FormText.DATE_TIME, message = "{cycles.validation.dateTime}") @Nullable String opensAt,
		@Pattern(regexp = FormText.DATE_TIME, message = "{cycles.validation.dateTime}") @Nullable String closesAt) {

	@AssertTrue(message = "{cycles.validation.windowHalf}")
	boolean isComplete() {
		return (opensAt == null) == (closesAt == null);
	}

	/** Text of the right shape can still be no date (30 February). */
	@AssertTrue(message = "{cycles.validation.dateTime}")
	boolean isReadable() {
		return (opensAt == null || FormText.toDateTime(opensAt) != null)
				&& (closesAt == null || FormText.toDateTime(closesAt) != null);
	}

	boolean used() {
		return opensAt != null && closesAt != null;
	}

	static WindowForm of(CycleView.Window window) {
		return new WindowForm(window.stage(), FormText.text(LocalDateTime.ofInstant(window.opensAt(), Wita.ZONE)),
				FormText.text(LocalDateTime.ofInstant(window.closesAt(), Wita.ZONE)));
	}

	StageWindow toWindow() {
		return new StageWindow(stage, FormText.toDateTime(opensAt).atZone(Wita.ZONE).toInstant(),
				FormText.toDateTime(closesAt).atZone(Wita.ZONE).toInstant());
	}

}
