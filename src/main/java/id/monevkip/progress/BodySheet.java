package id.monevkip.progress;

import java.util.List;

import id.monevkip.submission.AnswerSheetRow;

/** One body's answers as its coordinator or the commission reads them, grouped by indicator. */
record BodySheet(BoardRow row, String cycleTitle, List<Indicator> indicators) {

	record Indicator(String code, String name, List<AnswerSheetRow> questions) {
	}

}
