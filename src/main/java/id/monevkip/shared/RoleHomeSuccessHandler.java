package id.monevkip.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page the user asked for, else to the home page of their role; an account
 * whose password was reset by an administrator goes to the password page first.
 */
class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return user.mustChangePassword() ? "/account/password?required" : user.homePath();
		}
		return super.determineTargetUrl(request, response, authentication);
	}

}
