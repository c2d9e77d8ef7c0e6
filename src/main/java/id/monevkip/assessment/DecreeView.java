package id.monevkip.assessment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One version of a cycle's results decree (SK penetapan): version 1 fixes the results, every later version is a
 * correction with its own SK number and a reason.
 */
public record DecreeView(long id, long cycleId, int version, String number, LocalDate date, @Nullable String note,
		@Nullable String reason, String issuedByName, Instant issuedAt, int bodies) {

	public boolean correction() {
		return version > 1;
	}

}
