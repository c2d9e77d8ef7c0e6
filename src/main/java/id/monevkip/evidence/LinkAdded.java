package id.monevkip.evidence;

/** A link entered a body's library and has not been checked yet. */
record LinkAdded(long linkId) {
}
