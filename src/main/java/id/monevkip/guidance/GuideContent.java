package id.monevkip.guidance;

import org.springframework.core.io.InputStreamSource;

/** A guide file to download: the name to save it under, its sniffed type, its size and its bytes. */
public record GuideContent(String fileName, String contentType, long sizeBytes, InputStreamSource content) {

}
