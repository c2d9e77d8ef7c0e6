package id.monevkip.ranking.publication;

/** A cycle's results became public. */
public record ResultsPublished(long cycleId, int year) {
}
