package id.monevkip.evidence;

import org.springframework.core.io.Resource;

/** A library file with its bytes, opened only when read. */
public record EvidenceContent(EvidenceFileView file, Resource resource) {

}
