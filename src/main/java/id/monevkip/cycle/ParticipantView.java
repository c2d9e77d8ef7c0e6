package id.monevkip.cycle;

/** A body taking part in a cycle and the category it competes in that year. */
public record ParticipantView(long bodyId, long categoryId) {
}
