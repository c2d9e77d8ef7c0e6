package id.monevkip.ranking.history;

import java.math.BigDecimal;

/** One valid line of a historical results file, resolved against the directory. */
record HistoryLine(int line, int year, long bodyId, long categoryId, BigDecimal finalScore, String band,
		boolean bandDerived) {
}
