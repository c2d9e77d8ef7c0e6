package id.monevkip.assessment.results;

/** What a recomputation did: rows of the cycle and how many bodies' final score changed. */
public record Recomputation(int bodies, int changed) {
}
