package id.monevkip.shared;

/**
 * Something does not exist, or the current user may not know that it exists. Both answer 404 so that
 * another body's data never reveals itself.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
