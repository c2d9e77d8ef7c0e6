package id.monevkip.ranking.awards;

import jakarta.servlet.http.HttpServletRequest;

/** The URL zone a page was opened in (/commissioner or /admin); links and forms stay in it. */
final class Zone {

	static final String COMMISSIONER = "/commissioner";

	private Zone() {
	}

	static String of(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + COMMISSIONER) ? COMMISSIONER : "/admin";
	}

}
