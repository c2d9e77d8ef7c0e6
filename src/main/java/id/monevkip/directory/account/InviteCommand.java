package id.monevkip.directory.account;

/** Whom a coordinator invites, and for which body of its subtree. */
record InviteCommand(String email, String displayName, long bodyId) {
}
