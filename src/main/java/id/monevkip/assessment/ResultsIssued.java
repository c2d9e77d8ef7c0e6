package id.monevkip.assessment;

/** A decree version fixed the results of a cycle (version 1) or corrected them (later versions). */
public record ResultsIssued(long cycleId, long decreeId, int version) {
}
