package id.monevkip.directory.account;

/** Whom a coordinator invites, for which body of its subtree, and in which language the mail is written. */
record InviteCommand(String email, String displayName, long bodyId, Language language) {
}
