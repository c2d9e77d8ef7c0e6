package id.monevkip.directory.account;

import java.util.EnumSet;
import java.util.Set;

import id.monevkip.directory.body.FieldRules;
import id.monevkip.shared.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The account form of the admin pages, for creating and editing. It must be able to hold invalid input,
 * so that a rejected form comes back as the administrator typed it.
 *
 * @param password only on creation: the initial password; left empty, the system generates one
 * @param version the version the form was opened at, to refuse saving over someone else's change
 */
record AccountForm(
		@NotBlank(message = "{accounts.validation.emailRequired}") @Email(regexp = FieldRules.EMAIL_PATTERN,
				message = "{accounts.validation.email}")
		@Size(max = FieldRules.EMAIL_MAX, message = "{accounts.validation.tooLong}") @Nullable String email,
		@NotBlank(message = "{accounts.validation.nameRequired}")
		@Size(max = FieldRules.PERSON_NAME_MAX, message = "{accounts.validation.tooLong}") @Nullable String displayName,
		@Pattern(regexp = FieldRules.PHONE_PATTERN, message = "{import.reason.phone}")
		@Size(max = FieldRules.PHONE_MAX, message = "{accounts.validation.tooLong}") @Nullable String phone,
		@Size(max = FieldRules.POSITION_MAX, message = "{accounts.validation.tooLong}") @Nullable String position,
		@NotEmpty(message = "{accounts.validation.roles}") @Nullable Set<Role> roles,
		@Size(max = FieldRules.CODE_MAX, message = "{accounts.validation.tooLong}") @Nullable String bodyCode,
		@Nullable String password, @Nullable Long version) {

	static AccountForm empty() {
		return new AccountForm(null, null, null, null, EnumSet.noneOf(Role.class), null, null, null);
	}

	static AccountForm from(AccountRow account) {
		return new AccountForm(account.email(), account.displayName(), account.phone(), account.position(),
				Set.copyOf(account.roles()), account.bodyCode(), null, account.version());
	}

	/** Call only on a validated form: the required fields are present then. */
	AccountCommand toCommand() {
		return new AccountCommand(String.valueOf(email), String.valueOf(displayName), phone, position,
				roles == null ? Set.of() : roles, bodyCode, password);
	}

	/** A form without a version cannot prove it saw the latest state, so it counts as stale. */
	long expectedVersion() {
		return version == null ? -1 : version;
	}

}
