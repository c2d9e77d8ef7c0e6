package id.monevkip.directory;

/** Someone to write to on behalf of a body: an active account's address and the name to greet. */
public record ContactView(long accountId, String email, String displayName) {

}
