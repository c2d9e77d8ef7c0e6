package id.monevkip.evidence;

/**
 * What an upload did.
 *
 * @param alreadyInLibrary the body had the same file already; nothing new was added
 */
public record EvidenceUploadResult(EvidenceFileView file, boolean alreadyInLibrary) {

}
