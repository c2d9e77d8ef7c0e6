package id.monevkip.shared;

import java.util.Collection;
import java.util.List;

/**
 * The roles of e-Monev KIP. Declaration order is the precedence used to pick the home page of an
 * account that holds several roles.
 */
public enum Role {

	ADMIN("/admin"), COMMISSIONER("/commissioner"), ASSESSOR("/assessor"), COORDINATOR("/coordinator"),
	RESPONDENT("/respondent"), JUROR("/juror");

	private final String homePath;

	Role(String homePath) {
		this.homePath = homePath;
	}

	public String homePath() {
		return homePath;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles that act on behalf of one public body and therefore need one. */
	public boolean needsBody() {
		return this == COORDINATOR || this == RESPONDENT;
	}

	/** The home page of an account holding the given roles. */
	public static String homeOf(Collection<Role> roles) {
		return List.of(values()).stream().filter(roles::contains).findFirst().map(Role::homePath).orElse("/account");
	}

}
