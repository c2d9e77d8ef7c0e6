package id.monevkip.evidence;

import org.springframework.core.io.InputStreamSource;

/** A file someone wants in the library: the name their device gave it and a way to read its bytes once. */
public record EvidenceUpload(String originalName, InputStreamSource content) {

}
