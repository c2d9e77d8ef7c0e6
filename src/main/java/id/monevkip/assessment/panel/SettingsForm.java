package id.monevkip.assessment.panel;

import id.monevkip.questionnaire.scoring.PanelRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** How a stage's judges are combined and when they are said to diverge (points). */
record SettingsForm(@NotNull(message = "{panels.validation.rule}") @Nullable PanelRule rule,
		@NotNull(message = "{panels.validation.threshold}") @Min(value = 0, message = "{panels.validation.threshold}") @Max(value = 100, message = "{panels.validation.threshold}") @Nullable Integer divergenceThreshold) {

}
