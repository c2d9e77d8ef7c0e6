package id.monevkip.ranking.awards;

/** A candidate with its rank in the award category (equal ranks are ties). */
record Ranked(Candidate candidate, int rank) {
}
