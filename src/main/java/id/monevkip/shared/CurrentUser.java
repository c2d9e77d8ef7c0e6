package id.monevkip.shared;

import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the rest of the application sees it: ids, not entities.
 *
 * @param bodyId the public body a coordinator or respondent acts for, else {@code null}
 * @param locked whether the account is temporarily locked after too many failed logins
 */
public record CurrentUser(long accountId, String email, String displayName, String passwordHash,
		@Nullable Long bodyId, Set<Role> roles, boolean active, boolean locked, boolean mustChangePassword)
		implements UserDetails {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Admins and commissioners see every body; everyone else only what their scope allows. */
	public boolean seesAllBodies() {
		return has(Role.ADMIN) || has(Role.COMMISSIONER);
	}

	public String homePath() {
		return Role.homeOf(roles);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public String toString() {
		return "CurrentUser[" + accountId + ", " + email + ", " + roles + "]";
	}

}
