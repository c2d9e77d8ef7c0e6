package id.monevkip.directory;

/** A body category as other modules read it. */
public record CategoryView(long id, String code, String name, boolean village, boolean active) {
}
