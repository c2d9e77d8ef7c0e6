package id.monevkip.directory.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import org.jspecify.annotations.Nullable;

/**
 * An account as the admin pages read it; times are already in WITA.
 *
 * @param lockedUntil when a lock after failed logins ends, if the account is locked now
 */
record AccountRow(long id, String email, String displayName, @Nullable String phone, @Nullable String position,
		List<Role> roles, @Nullable String bodyCode, @Nullable String bodyName, AccountStatus status,
		@Nullable LocalDateTime lockedUntil, boolean mustChangePassword, @Nullable LocalDateTime lastLoginAt,
		long version) {

	/** Reads the body, so call it inside the transaction that loaded the account. */
	static AccountRow of(Account account, Instant now) {
		var body = account.getPublicBody();
		boolean locked = account.isLocked(now);
		return new AccountRow(account.getId(), account.getEmail(), account.getDisplayName(), account.getPhone(),
				account.getPosition(), account.getRoles().stream().sorted().toList(),
				body == null ? null : body.getCode(), body == null ? null : body.getName(),
				AccountStatus.of(account.isActive(), locked), locked ? wita(account.getLockedUntil()) : null,
				account.isMustChangePassword(), wita(account.getLastLoginAt()), account.getVersion());
	}

	/** Getter-style, so that templates can read {@code row.active}. */
	public boolean isActive() {
		return status != AccountStatus.INACTIVE;
	}

	public boolean isLocked() {
		return lockedUntil != null;
	}

	private static @Nullable LocalDateTime wita(@Nullable Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, Wita.ZONE);
	}

}
