package id.monevkip.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An htmx request whose CSRF token no longer matches (the session expired, or the person signed in again elsewhere)
 * answers 401 instead of the 403 page: the page keeps what was typed, asks the person to sign in again without
 * leaving it, and sends it afterwards. Every other refusal stays a 403.
 */
final class HtmxSessionExpiredHandler implements AccessDeniedHandler {

	static final RequestMatcher HTMX = request -> request.getHeader("HX-Request") != null;

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, jakarta.servlet.ServletException {
		if (denied instanceof CsrfException) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("session expired");
			return;
		}
		otherwise.handle(request, response, denied);
	}

}
