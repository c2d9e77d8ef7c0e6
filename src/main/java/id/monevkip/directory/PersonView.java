package id.monevkip.directory;

import org.jspecify.annotations.Nullable;

/** An active account as other modules pick people: its id, the name to show and the body it belongs to, if any. */
public record PersonView(long accountId, String displayName, @Nullable Long bodyId) {

}
