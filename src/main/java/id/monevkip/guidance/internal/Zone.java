package id.monevkip.guidance.internal;

import java.util.Locale;

/** The two areas publishing happens in; the URL names it and the security zones guard it. */
public enum Zone {

	ADMIN, COORDINATOR;

	public static Zone of(String area) {
		return valueOf(area.toUpperCase(Locale.ROOT));
	}

	public String path() {
		return "/" + name().toLowerCase(Locale.ROOT) + "/guidance";
	}

}
