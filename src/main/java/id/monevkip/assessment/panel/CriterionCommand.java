package id.monevkip.assessment.panel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A criterion to add or change: weight in percent, levels from the lowest band to the highest. */
public record CriterionCommand(String code, String name, @Nullable String description, int weight, List<Level> levels) {

	public CriterionCommand {
		levels = List.copyOf(levels);
	}

}
