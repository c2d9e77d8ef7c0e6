package id.monevkip.ranking.tokoh;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A nomination as typed; holds invalid input too, so that a refused form comes back with what was written. */
record NominationForm(
		@NotBlank(message = "{tokoh.validation.name}") @Size(max = 200, message = "{tokoh.validation.tooLong}") @Nullable String name,
		@NotBlank(message = "{tokoh.validation.position}") @Size(max = 200, message = "{tokoh.validation.tooLong}") @Nullable String position,
		@NotBlank(message = "{tokoh.validation.institution}") @Size(max = 200, message = "{tokoh.validation.tooLong}") @Nullable String institution,
		@NotBlank(message = "{tokoh.validation.rationale}") @Size(min = 50, max = 3000, message = "{tokoh.validation.rationaleLength}") @Nullable String rationale) {

	static final int RATIONALE_MIN = 50;

	static final int RATIONALE_MAX = 3000;

	static NominationForm empty() {
		return new NominationForm(null, null, null, null);
	}

	static NominationForm of(NominationView nomination) {
		return new NominationForm(nomination.name(), nomination.position(), nomination.institution(),
				nomination.rationale());
	}

}
