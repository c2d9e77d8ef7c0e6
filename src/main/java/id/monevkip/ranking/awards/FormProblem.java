package id.monevkip.ranking.awards;

/** One thing wrong with a form: the field (empty for the whole form), a message key and its arguments. */
record FormProblem(String field, String key, Object... args) {
}
