package id.monevkip.progress;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One participant on the board.
 *
 * @param lastActivityAt in WITA
 * @param deadline when its SAQ closes for it (extensions included), in WITA
 * @param overdue the deadline has passed and the SAQ was never sent
 */
record BoardRow(long bodyId, String code, String name, String categoryCode, String categoryName,
		@Nullable String regionName, BoardStatus status, int percentAnswered, int answered, int questions,
		int withEvidence, @Nullable LocalDateTime lastActivityAt, @Nullable String lastActivityBy,
		@Nullable LocalDateTime deadline, boolean overdue) {

	public String badgeClass() {
		return status.badgeClass();
	}

}
