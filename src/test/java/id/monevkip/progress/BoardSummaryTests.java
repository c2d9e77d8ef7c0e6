package id.monevkip.progress;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's summary: days without sending stay on the chart as zeros, groups follow the categories' order. */
class BoardSummaryTests {

	@Test
	void quietDaysBetweenSendingsCountAsZero() {
		var rows = List.of(row(1, "DESA", BoardStatus.SENT, LocalDateTime.of(2026, 7, 1, 9, 0)),
				row(2, "DESA", BoardStatus.VERIFIED, LocalDateTime.of(2026, 7, 4, 23, 59)),
				row(3, "DESA", BoardStatus.SENT, LocalDateTime.of(2026, 7, 4, 8, 0)),
				row(4, "BUMD", BoardStatus.FILLING, null));

		var days = BoardSummary.of(rows, List.of("BUMD", "DESA")).sentPerDay();

		assertThat(days).containsExactly(new BoardSummary.Day(LocalDate.of(2026, 7, 1), 1),
				new BoardSummary.Day(LocalDate.of(2026, 7, 2), 0), new BoardSummary.Day(LocalDate.of(2026, 7, 3), 0),
				new BoardSummary.Day(LocalDate.of(2026, 7, 4), 2));
	}

	@Test
	void groupsFollowTheCategoryOrderAndCountWhoHasSent() {
		var rows = List.of(row(1, "DESA", BoardStatus.SENT, null), row(2, "DESA", BoardStatus.NOT_STARTED, null),
				row(3, "DESA", BoardStatus.REVISION, null), row(4, "BUMD", BoardStatus.FILLING, null));

		var summary = BoardSummary.of(rows, List.of("BUMD", "DESA"));

		assertThat(summary.byCategory()).extracting(BoardSummary.Group::code).containsExactly("BUMD", "DESA");
		var desa = summary.byCategory().get(1);
		assertThat(desa.total()).isEqualTo(3);
		assertThat(desa.percentSent()).isEqualTo(66);
		assertThat(summary.byCategory().get(0).percentSent()).isZero();
		assertThat(summary.sentPerDay()).isEmpty();
		assertThat(summary.byRegion()).extracting(BoardSummary.Group::code).containsExactly("64.02");
	}

	private static BoardRow row(long id, String category, BoardStatus status, LocalDateTime sentAt) {
		return new BoardRow(id, "B" + id, "Badan " + id, category, category, "Desa Pela", "64.02",
				"Kabupaten Kutai Kartanegara", status, 0, 0, 10, 0, 0, 0, null, null, sentAt, null, false);
	}

}
