package id.monevkip.progress;

import java.util.List;

import id.monevkip.submission.AnswerSheetRow;
import org.jspecify.annotations.Nullable;

/**
 * One body's answers as its coordinator or the commission reads them, grouped by indicator.
 *
 * @param pastCycleId the cycle's id when it is not the one running now (links back keep it), else {@code null}
 */
record BodySheet(BoardRow row, String cycleTitle, @Nullable Long pastCycleId, List<Indicator> indicators) {

	record Indicator(String code, String name, List<AnswerSheetRow> questions) {
	}

}
