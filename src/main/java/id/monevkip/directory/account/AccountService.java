package id.monevkip.directory.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management: administrators create, edit, reset, lock out and unlock accounts; everyone changes
 * their own password. The installation never loses its last active administrator.
 */
@Service
@RequiredArgsConstructor
@Transactional
class AccountService {

	static final int MAX_PAGE_SIZE = 100;

	private final AccountRepository accounts;

	private final PublicBodyRepository bodies;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	/** The outcome of creating an account; the temporary password is shown once and never stored in clear. */
	record Created(long id, @Nullable String temporaryPassword) {
	}

	@Transactional(readOnly = true)
	Page<AccountRow> search(AccountFilter filter, int page, int size) {
		var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
				Sort.by(Sort.Order.asc("displayName").ignoreCase(), Sort.Order.asc("id")));
		Long bodyId = filter.bodyId();
		if (filter.body() != null) {
			var body = findBody(filter.body());
			if (body.isEmpty()) {
				return Page.empty(pageable);
			}
			bodyId = body.get().getId();
		}
		var now = clock.instant();
		return accounts.findAll(AccountSpecifications.matching(filter, bodyId, now), pageable)
			.map(account -> AccountRow.of(account, now));
	}

	@Transactional(readOnly = true)
	AccountRow get(long id) {
		return AccountRow.of(find(id), clock.instant());
	}

	Created create(AccountCommand command) {
		String email = Account.normalise(command.email());
		if (accounts.findByEmail(email).isPresent()) {
			throw new BusinessException("email", "accounts.error.emailTaken");
		}
		var profile = profile(command);
		String password = command.password();
		boolean generated = password == null || password.isEmpty();
		if (!generated) {
			checkPolicy("password", password, email);
		}
		String initial = generated ? TemporaryPassword.generate() : password;
		var account = new Account(email, profile, clock.instant());
		account.setPassword(passwordEncoder.encode(initial), generated);
		accounts.save(account);
		return new Created(account.getId(), generated ? initial : null);
	}

	/** @throws ObjectOptimisticLockingFailureException when someone saved the account since the form was opened */
	void update(long id, AccountCommand command, long version, long actorId) {
		var account = find(id);
		if (account.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		String email = Account.normalise(command.email());
		if (accounts.findByEmail(email).filter(other -> !other.getId().equals(id)).isPresent()) {
			throw new BusinessException("email", "accounts.error.emailTaken");
		}
		var profile = profile(command);
		if (account.getRoles().contains(Role.ADMIN) && !profile.roles().contains(Role.ADMIN)) {
			if (id == actorId) {
				throw new BusinessException("roles", "accounts.error.ownAdminRole");
			}
			requireAnotherAdmin(account, "roles");
		}
		account.changeEmail(email);
		account.update(profile);
	}

	/** Gives the account a new temporary password (which also unlocks it) and returns it, to be shown once. */
	String resetPassword(long id) {
		var account = find(id);
		String temporary = TemporaryPassword.generate();
		account.setPassword(passwordEncoder.encode(temporary), true);
		return temporary;
	}

	void deactivate(long id, long actorId) {
		var account = find(id);
		if (id == actorId) {
			throw new BusinessException("active", "accounts.error.ownDeactivate");
		}
		if (account.getRoles().contains(Role.ADMIN)) {
			requireAnotherAdmin(account, "active");
		}
		account.deactivate();
	}

	void activate(long id) {
		find(id).activate();
	}

	void unlock(long id) {
		find(id).unlock();
	}

	/**
	 * Changes the signed-in user's own password.
	 * @return the user as the security context should now hold them (no longer asked to change it)
	 */
	CurrentUser changeOwnPassword(long accountId, String current, String newPassword, String confirm) {
		var account = find(accountId);
		String hash = account.getPasswordHash();
		if (hash == null || !passwordEncoder.matches(current, hash)) {
			throw new BusinessException("currentPassword", "password.error.current");
		}
		checkPolicy("newPassword", newPassword, account.getEmail());
		if (newPassword.equals(current)) {
			throw new BusinessException("newPassword", "password.error.unchanged");
		}
		if (!newPassword.equals(confirm)) {
			throw new BusinessException("confirmPassword", "password.error.mismatch");
		}
		account.setPassword(passwordEncoder.encode(newPassword), false);
		return account.toCurrentUser(clock.instant());
	}

	private Account find(long id) {
		return accounts.findWithBodyById(id).orElseThrow(() -> new NotFoundException("Account " + id));
	}

	private Account.Profile profile(AccountCommand command) {
		if (command.roles().isEmpty()) {
			throw new BusinessException("roles", "accounts.error.rolesRequired");
		}
		PublicBody body = null;
		if (command.bodyCode() != null && !command.bodyCode().isBlank()) {
			body = findBody(command.bodyCode())
				.orElseThrow(() -> new BusinessException("bodyCode", "accounts.error.bodyUnknown", command.bodyCode()));
			if (!body.isActive()) {
				throw new BusinessException("bodyCode", "accounts.error.bodyInactive", body.getCode());
			}
		}
		else if (command.roles().stream().anyMatch(Role::needsBody)) {
			throw new BusinessException("bodyCode", "accounts.error.bodyRequired");
		}
		return new Account.Profile(command.displayName(), command.phone(), command.position(), command.roles(), body);
	}

	/** Body codes are stored in capitals; administrators often type them in small letters. */
	private Optional<PublicBody> findBody(String code) {
		String trimmed = code.strip();
		return bodies.findByCode(trimmed).or(() -> bodies.findByCode(trimmed.toUpperCase(Locale.ROOT)));
	}

	private void requireAnotherAdmin(Account account, String field) {
		boolean othersLeft = accounts.lockActiveWithRole(Role.ADMIN)
			.stream()
			.anyMatch(admin -> !admin.getId().equals(account.getId()));
		if (!othersLeft) {
			throw new BusinessException(field, "accounts.error.lastAdmin");
		}
	}

	private static void checkPolicy(String field, String password, String email) {
		PasswordPolicy.violation(password, email).ifPresent(key -> {
			throw new BusinessException(field, key);
		});
	}

}
