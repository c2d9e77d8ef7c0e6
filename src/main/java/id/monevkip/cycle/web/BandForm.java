package id.monevkip.cycle.web;

import id.monevkip.cycle.Band;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** One qualification band row: its code stays, the bounds can be moved. */
record BandForm(@NotBlank(message = "{cycles.validation.required}") @Nullable String code,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DECIMAL,
				message = "{cycles.validation.number}") @Nullable String lower,
		@NotBlank(message = "{cycles.validation.required}") @Pattern(regexp = FormText.DECIMAL,
				message = "{cycles.validation.number}") @Nullable String upper) {

	BandForm {
		lower = FormText.decimal(lower);
		upper = FormText.decimal(upper);
	}

	static BandForm of(Band band) {
		return new BandForm(band.code(), FormText.text(band.lower()), FormText.text(band.upper()));
	}

	Band toBand() {
		return new Band(code, FormText.toDecimal(lower), FormText.toDecimal(upper));
	}

}
