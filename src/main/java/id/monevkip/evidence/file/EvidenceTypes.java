package id.monevkip.evidence.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import id.monevkip.shared.BusinessException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides a file's type from its content (Apache Tika), never from the name alone, and checks it against the
 * allowed list. tika-core alone sees Office Open XML and old Office files only as containers, so for those the
 * name is allowed to tell which office document it is, and only when it has an office extension.
 */
@Component
public class EvidenceTypes {

	private static final Set<String> OFFICE_CONTAINERS = Set.of("application/x-tika-ooxml", "application/x-tika-msoffice");

	private static final Set<String> OFFICE_EXTENSIONS = Set.of("doc", "docx", "xls", "xlsx", "ppt", "pptx");

	private final Tika tika = new Tika();

	private final Set<String> allowed;

	public EvidenceTypes(EvidenceProperties properties) {
		this.allowed = Set.copyOf(properties.allowedTypes().stream().map(EvidenceTypes::baseType).toList());
	}

	/**
	 * The accepted media type of the content, or a {@link BusinessException} naming what the file is in plain
	 * words. The stream must support mark/reset; it is left at its start.
	 */
	public String check(InputStream content, String name) throws IOException {
		var detected = baseType(tika.detect(content, name));
		if (OFFICE_CONTAINERS.contains(detected) && OFFICE_EXTENSIONS.contains(FileNames.extension(name))) {
			detected = baseType(tika.detect(name));
		}
		if (!allowed.contains(detected)) {
			throw new BusinessException("files", "evidence.refused." + kind(detected));
		}
		return detected;
	}

	static String baseType(String mediaType) {
		var semicolon = mediaType.indexOf(';');
		return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	/** A plain-words family of a refused type; one message key each. */
	static String kind(String type) {
		if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
			return "webpage";
		}
		if (type.startsWith("text/")) {
			return "text";
		}
		if (type.startsWith("image/")) {
			return "image";
		}
		if (type.startsWith("video/")) {
			return "video";
		}
		if (type.startsWith("audio/")) {
			return "audio";
		}
		if (type.contains("executable") || type.contains("msdownload") || type.contains("sharedlib")
				|| type.contains("elf") || type.contains("dosexec") || type.contains("mach-o")
				|| type.equals("application/java-archive") || type.equals("application/vnd.android.package-archive")
				|| type.equals("application/x-sh") || type.equals("application/javascript")) {
			return "program";
		}
		if (type.equals("application/zip") || type.contains("rar") || type.contains("7z") || type.contains("tar")
				|| type.contains("gzip") || type.contains("compress")) {
			return "archive";
		}
		return "other";
	}

}
