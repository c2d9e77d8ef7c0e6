package id.monevkip.assessment.results;

import java.time.LocalDate;
import java.util.List;

import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ScoreChangeView;
import id.monevkip.directory.BodyView;
import org.jspecify.annotations.Nullable;

/** A body's audit trail in a cycle: its draft result, every score change and its row in each decree version. */
public record BodyTrail(long cycleId, String cycleTitle, BodyView body, @Nullable ResultLine current,
		List<ScoreChangeView> changes, List<Version> versions) {

	/** The body's rounded figures in one decree version. */
	public record Version(int version, String number, LocalDate date, ResultView row) {
	}

}
