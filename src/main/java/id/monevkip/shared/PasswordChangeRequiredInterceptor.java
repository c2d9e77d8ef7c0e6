package id.monevkip.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * An account whose password an administrator reset (a temporary password was handed over) must choose its
 * own before doing anything else; every page except the password page sends it there.
 */
class PasswordChangeRequiredInterceptor implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE + "?required");
			return false;
		}
		return true;
	}

}
