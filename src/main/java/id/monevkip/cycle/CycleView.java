package id.monevkip.cycle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A cycle as other modules and pages read it.
 *
 * @param brokenLinksBlock whether a link that could not be opened stops a body from sending
 */
public record CycleView(long id, int year, int assessedYear, String title, long organiserBodyId,
		@Nullable Long copiedFromId, List<Window> windows, ScoringPolicy policy, long version, boolean selfScoreVisible,
		boolean brokenLinksBlock) {

	/** One stage window. */
	public record Window(Stage stage, Instant opensAt, Instant closesAt) {
	}

	public static CycleView of(Cycle cycle) {
		return new CycleView(cycle.getId(), cycle.getYear(), cycle.getAssessedYear(), cycle.getTitle(),
				cycle.getOrganiserBodyId(), cycle.getCopiedFromId(),
				cycle.getWindows().stream().map(w -> new Window(w.getStage(), w.getOpensAt(), w.getClosesAt())).toList(),
				cycle.policy(), cycle.getVersion(), cycle.isSelfScoreVisible(),
				cycle.isBrokenLinksBlock());
	}

	public Optional<Window> window(Stage stage) {
		return windows.stream().filter(w -> w.stage() == stage).findFirst();
	}

}
