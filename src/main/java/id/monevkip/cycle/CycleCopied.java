package id.monevkip.cycle;

/** Next year's cycle was created from this one; the questionnaire module copies the instruments as drafts. */
public record CycleCopied(long sourceCycleId, long newCycleId) {
}
