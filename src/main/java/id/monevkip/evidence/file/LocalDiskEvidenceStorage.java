package id.monevkip.evidence.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import id.monevkip.shared.NotFoundException;

/**
 * Evidence files on local disk as {@code <aa>/<bb>/<sha256>}. Content is streamed into a temporary file in the
 * same directory tree (so the final move is atomic) while the digest is computed; the temporary file is
 * deleted whatever goes wrong.
 */
public class LocalDiskEvidenceStorage implements EvidenceStorage {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	private final long maxBytes;

	public LocalDiskEvidenceStorage(Path root, long maxBytes) {
		this.root = root.toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
	}

	@Override
	public StoredBlob store(InputStream content, long maxBytes) throws IOException {
		long limit = Math.min(maxBytes, this.maxBytes);
		var tmpDir = root.resolve("tmp");
		Files.createDirectories(tmpDir);
		var temp = Files.createTempFile(tmpDir, "upload-", ".part");
		try {
			var digest = sha256();
			long size = 0;
			try (var in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(temp)) {
				var buffer = new byte[64 * 1024];
				int read;
				while ((read = in.read(buffer)) != -1) {
					size += read;
					if (size > limit) {
						throw new BlobTooLargeException(limit);
					}
					out.write(buffer, 0, read);
				}
			}
			var sha = HexFormat.of().formatHex(digest.digest());
			var target = pathOf(sha);
			boolean created = false;
			if (!Files.exists(target)) {
				Files.createDirectories(target.getParent());
				created = moveInto(temp, target);
			}
			return new StoredBlob(sha, size, created);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Whether this call put the file in place; {@code false} when another upload of the same bytes did. */
	private static boolean moveInto(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			// another upload of the same bytes won the race: the content is the same, keep theirs
			return false;
		}
		catch (AtomicMoveNotSupportedException ex) {
			try {
				Files.move(temp, target);
				return true;
			}
			catch (FileAlreadyExistsException raced) {
				// as above
				return false;
			}
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		try {
			return Files.newInputStream(pathOf(sha256));
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("Evidence blob " + sha256);
		}
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(pathOf(sha256));
	}

	@Override
	public void delete(String sha256) throws IOException {
		Files.deleteIfExists(pathOf(sha256));
	}

	Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	Path root() {
		return root;
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
