package id.monevkip.evidence.file;

/** The stream passed the size limit; nothing was kept. */
public class BlobTooLargeException extends RuntimeException {

	public BlobTooLargeException(long limit) {
		super("File larger than " + limit + " bytes");
	}

}
