package id.monevkip.ranking.tokoh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.shared.AppProperties;
import id.monevkip.shared.BusinessException;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Supporting documents of tokoh nominations on disk under {@code <data-dir>/tokoh}, outside anything the web server
 * serves; each under a random name, so a file name typed by a user never becomes a path. The type is decided from
 * the content (Apache Tika), not from the name: only PDF and common pictures, at most {@link #MAX_BYTES}.
 */
@Component
class DocumentStore {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "image/webp");

	private final Tika tika = new Tika();

	private final Path root;

	DocumentStore(AppProperties properties) {
		this.root = properties.dataDir().resolve("tokoh").toAbsolutePath().normalize();
	}

	/** The accepted media type, or a clear refusal naming the file. */
	String check(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new BusinessException("files", "tokoh.document.empty", fileName);
		}
		if (content.length > MAX_BYTES) {
			throw new BusinessException("files", "tokoh.document.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
		}
		var detected = baseType(tika.detect(content, fileName));
		if (!ALLOWED.contains(detected)) {
			throw new BusinessException("files", "tokoh.document.type", fileName);
		}
		return detected;
	}

	String store(byte[] content) {
		var name = UUID.randomUUID().toString();
		try {
			Files.createDirectories(root);
			Files.write(root.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return name;
	}

	Path path(String storedName) {
		var path = root.resolve(storedName).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Outside the document folder: " + storedName);
		}
		return path;
	}

	private static String baseType(String mediaType) {
		var semicolon = mediaType.indexOf(';');
		return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

}
