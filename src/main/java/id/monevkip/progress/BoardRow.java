package id.monevkip.progress;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One participant on the board.
 *
 * @param regencyCode the kabupaten/kota (or province) its region lies in, {@code null} without a region
 * @param evidenceNeeded answers that claim something the question wants evidence for
 * @param evidenceMet of those, the answers whose evidence meets the question's requirement
 * @param lastActivityAt in WITA
 * @param sentAt when it last sent its SAQ, in WITA
 * @param deadline when what it has to do now closes for it, in WITA: the SAQ window (extensions included), or the
 * open revision round's deadline while a revision is asked
 * @param overdue that deadline has passed and the SAQ (or the revision) was not sent
 */
record BoardRow(long bodyId, String code, String name, String categoryCode, String categoryName,
		@Nullable String regionName, @Nullable String regencyCode, @Nullable String regencyName, BoardStatus status,
		int percentAnswered, int answered, int questions, int withEvidence, int evidenceNeeded, int evidenceMet, @Nullable LocalDateTime lastActivityAt,
		@Nullable String lastActivityBy, @Nullable LocalDateTime sentAt, @Nullable LocalDateTime deadline,
		boolean overdue) {

	public String badgeClass() {
		return status.badgeClass();
	}

	/** Answers whose required evidence is there, in whole percent of those that need some (100 when none do). */
	public int percentEvidenceMet() {
		return evidenceNeeded == 0 ? 100 : evidenceMet * 100 / evidenceNeeded;
	}

}
