package id.monevkip.cycle;

/** A cycle was created as a copy of an earlier one; modules copy what they keep per cycle. */
public record CycleCopied(long sourceCycleId, long newCycleId) {}
