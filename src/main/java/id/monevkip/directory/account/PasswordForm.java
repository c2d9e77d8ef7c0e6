package id.monevkip.directory.account;

import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

/** Changing one's own password: the current one proves it is really the account holder at the keyboard. */
record PasswordForm(@NotEmpty(message = "{password.validation.currentRequired}") @Nullable String currentPassword,
		@NotEmpty(message = "{password.validation.newRequired}") @Nullable String newPassword,
		@NotEmpty(message = "{password.validation.confirmRequired}") @Nullable String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

}
