package id.monevkip.questionnaire.web;

import java.math.BigDecimal;

import id.monevkip.questionnaire.IndicatorView;
import id.monevkip.questionnaire.builder.IndicatorContent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An indicator's code, name and weight in percent. */
record IndicatorForm(
		@NotBlank(message = "{instrument.validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{1,20}",
				message = "{question.error.code}") @Nullable String code,
		@NotBlank(message = "{instrument.validation.required}") @Size(max = 200,
				message = "{instrument.validation.tooLong}") @Nullable String name,
		@NotNull(message = "{instrument.validation.required}") @DecimalMin(value = "0",
				message = "{indicator.error.weight}") @DecimalMax(value = "100",
						message = "{indicator.error.weight}") @Nullable BigDecimal weight) {

	static IndicatorForm empty() {
		return new IndicatorForm(null, null, null);
	}

	static IndicatorForm from(IndicatorView indicator) {
		return new IndicatorForm(indicator.code(), indicator.name(), indicator.weight());
	}

	IndicatorContent toContent() {
		return new IndicatorContent(code, name, weight);
	}

}
