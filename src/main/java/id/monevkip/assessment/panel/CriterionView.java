package id.monevkip.assessment.panel;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A rubric criterion as pages show it. */
public record CriterionView(long id, String code, String name, @Nullable String description, int weight,
		List<Level> levels) {

	static CriterionView of(Criterion criterion) {
		return new CriterionView(criterion.getId(), criterion.getCode(), criterion.getName(),
				criterion.getDescription(), criterion.getWeight(), List.copyOf(criterion.getLevels()));
	}

}
