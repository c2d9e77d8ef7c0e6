package id.monevkip.evidence.upload;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the tus library's errors from reaching the servlet container: {@code sendError} would render the HTML error
 * page, where the uploader needs a short text in the user's language. The status is kept so that the caller can
 * write that text.
 */
public class CapturingResponse extends HttpServletResponseWrapper {

	private int status = SC_OK;

	private boolean statusSet;

	private @Nullable String error;

	public CapturingResponse(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void setStatus(int sc) {
		super.setStatus(sc);
		status = sc;
		statusSet = true;
	}

	@Override
	public void sendError(int sc) {
		sendError(sc, "");
	}

	@Override
	public void sendError(int sc, @Nullable String msg) {
		setStatus(sc);
		error = msg == null ? "" : msg;
	}

	@Override
	public int getStatus() {
		return status;
	}

	/** The library answered nothing at all: it could not lock the upload (another request holds it). */
	public boolean untouched() {
		return !statusSet;
	}

	/** The library's own (English, technical) reason, for the log; {@code null} when it did not refuse. */
	public @Nullable String error() {
		return error;
	}

}
