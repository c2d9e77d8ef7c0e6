package id.monevkip.guidance.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.monevkip.shared.AppProperties;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Guide files on disk as {@code <data-dir>/guidance/<sha256>}. The type is sniffed from the content (Apache Tika),
 * never trusted from the name; the bytes stream into a temporary file while their digest is computed, so a file is
 * never held in memory, and nothing stays behind when a check fails.
 */
@Component
public class GuideFiles {

	/** Largest guide accepted. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final int SNIFF_BUFFER = 64 * 1024;

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Set<String> ALLOWED = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "image/jpeg", "image/png",
			"image/webp");

	/** tika-core sees Office Open XML only as a container; the office extension then tells which document it is. */
	private static final Set<String> OFFICE_CONTAINERS = Set.of("application/x-tika-ooxml");

	private static final Set<String> OFFICE_EXTENSIONS = Set.of("docx", "xlsx", "pptx");

	private final Tika tika = new Tika();

	private final Path root;

	public GuideFiles(AppProperties properties) {
		this.root = properties.dataDir().resolve("guidance").toAbsolutePath().normalize();
	}

	/** Checks and stores a file; a refused one answers a {@link BusinessException} on field {@code file}. */
	public StoredGuide store(@Nullable String originalName, InputStreamSource content) {
		var name = fileName(originalName);
		try (var in = new BufferedInputStream(content.getInputStream(), SNIFF_BUFFER)) {
			in.mark(1);
			if (in.read() == -1) {
				throw new BusinessException("file", "guidance.guide.empty");
			}
			in.reset();
			var type = type(in, name);
			return write(in, name, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public InputStream open(String sha256) {
		try {
			return Files.newInputStream(pathOf(sha256));
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("Guide file " + sha256);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void delete(String sha256) {
		try {
			Files.deleteIfExists(pathOf(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String type(InputStream in, String name) throws IOException {
		var detected = baseType(tika.detect(in, name));
		var dot = name.lastIndexOf('.');
		var extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (OFFICE_CONTAINERS.contains(detected) && OFFICE_EXTENSIONS.contains(extension)) {
			detected = baseType(tika.detect(name));
		}
		if (!ALLOWED.contains(detected)) {
			throw new BusinessException("file", "guidance.guide.refusedType");
		}
		return detected;
	}

	private StoredGuide write(InputStream in, String name, String type) throws IOException {
		var tmp = root.resolve("tmp");
		Files.createDirectories(tmp);
		var temp = Files.createTempFile(tmp, "upload-", ".part");
		try {
			var digest = sha256();
			long size = 0;
			try (var digesting = new DigestInputStream(in, digest); OutputStream out = Files.newOutputStream(temp)) {
				var buffer = new byte[64 * 1024];
				int read;
				while ((read = digesting.read(buffer)) != -1) {
					size += read;
					if (size > MAX_BYTES) {
						throw new BusinessException("file", "guidance.guide.tooLarge", MAX_BYTES / (1024 * 1024));
					}
					out.write(buffer, 0, read);
				}
			}
			var sha = HexFormat.of().formatHex(digest.digest());
			var target = pathOf(sha);
			if (!Files.exists(target)) {
				try {
					Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return new StoredGuide(name, type, size, sha);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256);
	}

	/** Only the last part of what the device sent, without control characters, at most 255 characters. */
	static String fileName(@Nullable String name) {
		if (name == null) {
			return "file";
		}
		var base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		var clean = base.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
			return "file";
		}
		return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
	}

	private static String baseType(String mediaType) {
		var semicolon = mediaType.indexOf(';');
		return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
