package id.monevkip.evidence.file;

/** A file in content-addressed storage: its SHA-256 (lower-case hex) and size in bytes. */
public record StoredBlob(String sha256, long size) {

}
