package id.monevkip.evidence.file;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, addressed by their SHA-256 so the same file is kept once.
 * Local disk today; an object store can take its place behind this interface.
 */
public interface EvidenceStorage {

	/**
	 * Streams the content into storage without holding it in memory. Stores nothing when the content is
	 * larger than the limit ({@link BlobTooLargeException}); returns the existing blob when the content is
	 * already stored.
	 */
	StoredBlob store(InputStream content) throws IOException;

	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

}
