package id.monevkip.evidence.file;

/**
 * A file in content-addressed storage: its SHA-256 (lower-case hex) and size in bytes.
 *
 * @param created this store call put the bytes there; {@code false} when they were stored already (by any body)
 */
public record StoredBlob(String sha256, long size, boolean created) {

}
