package id.monevkip.assessment.panel;

import java.util.ArrayList;
import java.util.List;

import id.monevkip.shared.BusinessException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A rubric criterion as the admin types it, with up to {@link #ROWS} level rows (or as many as it has); rows left
 * wholly empty are ignored, so a criterion may have fewer levels. Holds invalid input until validated.
 */
record CriterionForm(
		@NotBlank(message = "{panels.validation.code}") @Size(max = 20, message = "{panels.validation.code}") @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{panels.validation.code}") @Nullable String code,
		@NotBlank(message = "{panels.validation.name}") @Size(max = 200, message = "{panels.validation.name}") @Nullable String name,
		@Size(max = 2000, message = "{panels.validation.description}") @Nullable String description,
		@NotNull(message = "{panels.validation.weight}") @Min(value = 1, message = "{panels.validation.weight}") @Max(value = 100, message = "{panels.validation.weight}") @Nullable Integer weight,
		@Valid @Nullable List<LevelForm> levels) {

	/** Level rows a new criterion offers. */
	static final int ROWS = 5;

	/** One level row; the level's number is its place among the filled rows. */
	record LevelForm(@Min(value = 0, message = "{panels.validation.band}") @Max(value = 100, message = "{panels.validation.band}") @Nullable Integer minScore,
			@Min(value = 0, message = "{panels.validation.band}") @Max(value = 100, message = "{panels.validation.band}") @Nullable Integer maxScore,
			@Size(max = 1000, message = "{panels.validation.levelText}") @Nullable String description) {

		boolean blank() {
			return minScore == null && maxScore == null && (description == null || description.isBlank());
		}

	}

	/** A new criterion: five even bands, to be described by the admin. */
	static CriterionForm empty() {
		var rows = new ArrayList<LevelForm>();
		for (int i = 0; i < ROWS; i++) {
			rows.add(new LevelForm(i == 0 ? 0 : i * 20 + 1, (i + 1) * 20, null));
		}
		return new CriterionForm(null, null, null, null, rows);
	}

	static CriterionForm from(CriterionView criterion) {
		var rows = new ArrayList<LevelForm>();
		criterion.levels().forEach(l -> rows.add(new LevelForm(l.minScore(), l.maxScore(), l.description())));
		while (rows.size() < ROWS) {
			rows.add(new LevelForm(null, null, null));
		}
		return new CriterionForm(criterion.code(), criterion.name(), criterion.description(), criterion.weight(), rows);
	}

	/** The filled rows numbered 1, 2, 3…; a half-filled row is refused by name. */
	CriterionCommand toCommand() {
		var levels = new ArrayList<Level>();
		var rows = levels() == null ? List.<LevelForm>of() : levels();
		for (var row : rows) {
			if (row == null || row.blank()) {
				continue;
			}
			if (row.minScore() == null || row.maxScore() == null || row.description() == null
					|| row.description().isBlank()) {
				throw new BusinessException("levels", "panels.criterion.levels.incomplete", levels.size() + 1);
			}
			levels.add(new Level(levels.size() + 1, row.minScore(), row.maxScore(), row.description().strip()));
		}
		return new CriterionCommand(code(), name(), description(), weight(), levels);
	}

}
