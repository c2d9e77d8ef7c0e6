package id.monevkip.cycle.web;

import id.monevkip.cycle.Stage;
import org.jspecify.annotations.Nullable;

/** One line of the cycle list; the current stage is derived from the clock when the list is read. */
record CycleRow(long id, int year, int assessedYear, String title, @Nullable Stage currentStage, long participants) {
}
