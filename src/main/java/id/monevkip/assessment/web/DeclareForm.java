package id.monevkip.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A declared conflict of interest: the body's code and why. {@code accountId} is used only on the admin page. */
record DeclareForm(@Nullable Long accountId,
		@NotBlank(message = "{assessment.validation.bodyCode}") @Size(max = 40, message = "{assessment.validation.bodyCode}") @Nullable String bodyCode,
		@NotBlank(message = "{assessment.validation.reason}") @Size(max = 500, message = "{assessment.validation.reasonLength}") @Nullable String reason) {

	static DeclareForm empty() {
		return new DeclareForm(null, null, null);
	}

}
