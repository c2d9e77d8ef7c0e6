package id.monevkip.directory.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.directory.body.PublicBody;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. Coordinators and respondents act for exactly one public body. Five failed logins
 * in a row lock the account for fifteen minutes.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account {

	static final int MAX_FAILED_LOGINS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private @Nullable String phone;

	private @Nullable String position;

	private @Nullable String passwordHash;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "public_body_id")
	private @Nullable PublicBody publicBody;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	private boolean active = true;

	private boolean mustChangePassword;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant lastLoginAt;

	@Version
	private long version;

	private Instant createdAt;

	public Account(String email, Profile profile, Instant now) {
		this.email = normalise(email);
		this.createdAt = now;
		update(profile);
	}

	/** What an administrator edits about an account. */
	public record Profile(String displayName, @Nullable String phone, @Nullable String position, Set<Role> roles,
			@Nullable PublicBody publicBody) {

		public Profile {
			roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		}

	}

	public static String normalise(String email) {
		return email.trim().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * @throws IllegalArgumentException when a coordinator or respondent has no body, or an account has no role
	 */
	public void update(Profile profile) {
		if (profile.roles().isEmpty()) {
			throw new IllegalArgumentException("An account needs at least one role");
		}
		if (profile.roles().stream().anyMatch(Role::needsBody) && profile.publicBody() == null) {
			throw new IllegalArgumentException("Coordinators and respondents belong to a public body");
		}
		this.displayName = profile.displayName();
		this.phone = profile.phone();
		this.position = profile.position();
		this.roles.clear();
		this.roles.addAll(profile.roles());
		this.publicBody = profile.publicBody();
	}

	void changeEmail(String email) {
		this.email = normalise(email);
	}

	public void setPassword(String hash, boolean temporary) {
		this.passwordHash = hash;
		this.mustChangePassword = temporary;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a wrong password; the fifth in a row locks the account. A locked account stays as it is. */
	void loginFailed(Instant now) {
		if (isLocked(now)) {
			return;
		}
		failedLogins++;
		if (failedLogins >= MAX_FAILED_LOGINS) {
			lockedUntil = now.plus(LOCK_DURATION);
			failedLogins = 0;
		}
	}

	void loginSucceeded(Instant now) {
		failedLogins = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	void deactivate() {
		this.active = false;
	}

	void activate() {
		this.active = true;
	}

	CurrentUser toCurrentUser(Instant now) {
		return new CurrentUser(id, email, displayName, passwordHash == null ? "" : passwordHash,
				publicBody == null ? null : publicBody.getId(), Set.copyOf(roles),
				active && passwordHash != null, isLocked(now), mustChangePassword);
	}

}
