package id.monevkip.assessment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A commissioner's decision on one body: on (true) or off (false) the shortlist, and why. */
record ShortlistForm(@NotNull(message = "{results.shortlist.includeRequired}") @Nullable Boolean include,
		@NotBlank(message = "{results.shortlist.reasonRequired}") @Size(max = 1000, message = "{results.shortlist.reasonTooLong}") @Nullable String reason) {
}
