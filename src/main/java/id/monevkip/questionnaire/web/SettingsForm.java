package id.monevkip.questionnaire.web;

import java.util.Set;

import id.monevkip.questionnaire.InstrumentView;
import id.monevkip.questionnaire.builder.InstrumentSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Title, kind and categories of an instrument; the cycle only matters when creating. */
record SettingsForm(@NotNull(message = "{instrument.validation.required}") @Nullable Long cycleId,
		@NotBlank(message = "{instrument.validation.required}") @Size(max = 200,
				message = "{instrument.validation.tooLong}") @Nullable String title,
		@Nullable Boolean village, @Nullable Set<Long> categoryIds) {

	SettingsForm {
		village = Boolean.TRUE.equals(village);
		categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
	}

	static SettingsForm empty(@Nullable Long cycleId) {
		return new SettingsForm(cycleId, null, false, Set.of());
	}

	static SettingsForm from(InstrumentView instrument) {
		return new SettingsForm(instrument.cycleId(), instrument.title(), instrument.village(),
				instrument.categoryIds());
	}

	InstrumentSettings toSettings() {
		return new InstrumentSettings(title, Boolean.TRUE.equals(village), categoryIds);
	}

}
