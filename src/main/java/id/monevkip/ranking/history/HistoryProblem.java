package id.monevkip.ranking.history;

/** Why a line (0 for the file itself) cannot be imported: a message key and its arguments. */
public record HistoryProblem(int line, String messageKey, Object... args) {
}
