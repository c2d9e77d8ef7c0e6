package id.monevkip.directory.account;

import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

/** Choosing one's first password through an invitation link: the link itself proves who it is. */
record InvitationPasswordForm(@NotEmpty(message = "{password.validation.newRequired}") @Nullable String newPassword,
		@NotEmpty(message = "{password.validation.confirmRequired}") @Nullable String confirmPassword) {

	static InvitationPasswordForm empty() {
		return new InvitationPasswordForm(null, null);
	}

}
