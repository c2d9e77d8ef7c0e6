package id.monevkip.guidance.internal;

/** A file that passed the checks and is on disk. */
public record StoredGuide(String fileName, String contentType, long sizeBytes, String sha256) {

}
