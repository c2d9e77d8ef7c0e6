package id.monevkip.assessment.verification;

import id.monevkip.submission.ObjectionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A decision on an objection: upheld or dismissed, with the reason. */
record DecisionForm(@NotNull(message = "{verification.objection.decisionRequired}") @Nullable ObjectionStatus decision,
		@NotBlank(message = "{verification.objection.reasonRequired}") @Nullable String reason) {
}
