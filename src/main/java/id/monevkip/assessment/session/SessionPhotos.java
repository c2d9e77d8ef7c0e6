package id.monevkip.assessment.session;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import id.monevkip.shared.AppProperties;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import org.apache.tika.Tika;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Session photos on disk as {@code <data-dir>/sessions/<uuid>}. The type is read from the content (Apache Tika),
 * never from the name: JPEG, PNG or WebP only, at most {@link #MAX_BYTES}. Nothing stays behind when a check fails.
 */
@Component
class SessionPhotos {

	/** Largest photo accepted. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/webp");

	private static final int SNIFF_BUFFER = 64 * 1024;

	private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

	private final Tika tika = new Tika();

	private final Path root;

	SessionPhotos(AppProperties properties) {
		this.root = properties.dataDir().resolve("sessions").toAbsolutePath().normalize();
	}

	/** Checks and stores a photo; a refused one answers a {@link BusinessException} on field {@code photo}. */
	Stored store(InputStreamSource content) {
		try (var in = new BufferedInputStream(content.getInputStream(), SNIFF_BUFFER)) {
			in.mark(1);
			if (in.read() == -1) {
				throw new BusinessException("photo", "sessions.photo.empty");
			}
			in.reset();
			var type = tika.detect(in);
			if (!ALLOWED.contains(type)) {
				throw new BusinessException("photo", "sessions.photo.refusedType");
			}
			return write(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	InputStream open(String key) {
		try {
			return Files.newInputStream(pathOf(key));
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("Session photo " + key);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Stored write(InputStream in, String type) throws IOException {
		Files.createDirectories(root);
		var key = UUID.randomUUID().toString();
		var target = pathOf(key);
		long size = 0;
		try (OutputStream out = Files.newOutputStream(target)) {
			var buffer = new byte[64 * 1024];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > MAX_BYTES) {
					throw new BusinessException("photo", "sessions.photo.tooLarge", MAX_BYTES / (1024 * 1024));
				}
				out.write(buffer, 0, read);
			}
		}
		catch (BusinessException | IOException ex) {
			Files.deleteIfExists(target);
			throw ex;
		}
		return new Stored(key, type, size);
	}

	private Path pathOf(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new NotFoundException("Session photo " + key);
		}
		return root.resolve(key);
	}

	record Stored(String key, String contentType, long size) {
	}

}
