package id.monevkip.directory.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link for setting an account's password. It works once, for {@link #VALIDITY}, and only while
 * it is the newest invitation of its account.
 */
@Entity
@Table(name = "account_invitation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Invitation {

	public static final Duration VALIDITY = Duration.ofHours(72);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id")
	private Account account;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant revokedAt;

	private @Nullable Long invitedBy;

	/** The tag of a {@link Language}; the column's check constraint allows no other value. */
	@Getter(AccessLevel.NONE)
	private String language;

	public Invitation(Account account, String tokenHash, Instant now, @Nullable Long invitedBy) {
		this(account, tokenHash, now, invitedBy, Language.ID);
	}

	Invitation(Account account, String tokenHash, Instant now, @Nullable Long invitedBy, Language language) {
		this.account = account;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(VALIDITY);
		this.invitedBy = invitedBy;
		this.language = language.tag();
	}

	Language getLanguage() {
		return Language.parse(language).orElseThrow(() -> new IllegalStateException("Invitation " + id
				+ " has the unknown language " + language));
	}

	boolean isUsed() {
		return usedAt != null;
	}

	boolean isUsable(Instant now) {
		return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
	}

	void use(Instant now) {
		if (!isUsable(now)) {
			throw new IllegalStateException("Invitation " + id + " is spent");
		}
		this.usedAt = now;
	}

	/** A newer invitation replaces this one; a used one keeps its history as it is. */
	void revoke(Instant now) {
		if (usedAt == null && revokedAt == null) {
			this.revokedAt = now;
		}
	}

}
