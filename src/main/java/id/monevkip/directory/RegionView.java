package id.monevkip.directory;

/** A region with its Kemendagri code, for filters and totals of other modules. */
public record RegionView(String code, String name) {
}
