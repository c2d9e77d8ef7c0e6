package id.monevkip.shared;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page with one message for every kind of failure, keeping the email the user typed so
 * that only the password needs typing again.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String LAST_EMAIL = LoginFailureHandler.class.getName() + ".email";

	LoginFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String email = request.getParameter("username");
		if (email != null && email.length() <= 200) {
			request.getSession().setAttribute(LAST_EMAIL, email.strip());
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
