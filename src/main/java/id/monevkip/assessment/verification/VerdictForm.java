package id.monevkip.assessment.verification;

import id.monevkip.questionnaire.scoring.Verdict;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The verdict on one item, with a comment (required unless accepted, which the service checks). */
record VerdictForm(@NotBlank String itemCode,
		@NotNull(message = "{verification.verdict.required}") @Nullable Verdict verdict,
		@Size(max = VerificationService.MAX_COMMENT, message = "{verification.comment.tooLong}") @Nullable String comment) {
}
