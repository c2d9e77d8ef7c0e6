package id.monevkip.assessment.verification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import id.monevkip.shared.Wita;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A revision request: the items to give back, the last day (until 23:59 WITA) and a message to the body. */
record RevisionForm(@NotEmpty(message = "{verification.revision.itemsRequired}") @Nullable List<String> itemCodes,
		@NotNull(message = "{verification.revision.deadlineRequired}") @Nullable LocalDate deadline,
		@NotBlank(message = "{verification.revision.messageRequired}") @Size(max = 2000,
				message = "{verification.revision.messageTooLong}") @Nullable String message) {

	static RevisionForm preselected(List<String> codes, @Nullable LocalDate deadline) {
		return new RevisionForm(codes, deadline, null);
	}

	Set<String> codes() {
		return itemCodes == null ? Set.of() : new LinkedHashSet<>(itemCodes);
	}

	java.time.Instant deadlineInstant() {
		return deadline.atTime(LocalTime.of(23, 59)).atZone(Wita.ZONE).toInstant();
	}

	public boolean chosen(String code) {
		return itemCodes != null && itemCodes.contains(code);
	}

}
