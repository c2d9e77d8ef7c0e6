package id.monevkip.ranking.history;

import java.util.List;

/** What an import did: the rows saved (new and replaced), or the problems, in which case nothing was saved. */
public record HistoryImportResult(int added, int replaced, int derivedBands, List<HistoryProblem> problems) {

	public boolean saved() {
		return problems.isEmpty();
	}

}
