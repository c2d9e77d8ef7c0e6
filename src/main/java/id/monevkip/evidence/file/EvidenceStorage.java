package id.monevkip.evidence.file;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, addressed by their SHA-256 so the same file is kept once, whichever
 * bodies uploaded it. Local disk today; an object store can take its place behind this interface.
 */
public interface EvidenceStorage {

	/**
	 * Streams the content into storage without holding it in memory. Stores nothing when the content is
	 * larger than the storage's own limit or {@code maxBytes}, whichever is smaller ({@link BlobTooLargeException});
	 * returns the existing blob when the content is already stored.
	 */
	StoredBlob store(InputStream content, long maxBytes) throws IOException;

	/** As {@link #store(InputStream, long)} with the storage's own limit only. */
	default StoredBlob store(InputStream content) throws IOException {
		return store(content, Long.MAX_VALUE);
	}

	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

	/** Removes the bytes; the caller has made sure that no library row refers to them. */
	void delete(String sha256) throws IOException;

}
