package id.monevkip.shared;

import java.util.List;

/**
 * Demo accounts to show on the login page. Implemented by the demo data loader, which returns an
 * empty list unless this installation runs with demo data.
 */
public interface DemoLoginHints {

	List<DemoLogin> logins();

	/** One demo account: the role's message key, the email and the password. */
	record DemoLogin(Role role, String email, String password) {
	}

}
