package id.monevkip.cycle.web;

/** One participant as its page lists it. */
record ParticipantRow(long bodyId, String code, String name, long categoryId, String categoryName) {
}
