package id.monevkip.cycle.web;

import java.util.List;

/** What a participant CSV did: how many rows were added and why the others were not. */
record CsvReport(int added, List<Problem> problems) {

	/** A row that was not added: its line in the file, the code it named and the reason's message key. */
	record Problem(long line, String code, String messageKey) {
	}

}
