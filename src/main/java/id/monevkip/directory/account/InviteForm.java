package id.monevkip.directory.account;

import java.util.Locale;
import java.util.Objects;

import id.monevkip.directory.body.FieldRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator's invitation form; it holds invalid input, so that a rejected form comes back as typed.
 *
 * @param language the tag of the {@link Language} the mail is written in
 */
record InviteForm(
		@NotBlank(message = "{accounts.validation.emailRequired}") @Email(regexp = FieldRules.EMAIL_PATTERN,
				message = "{accounts.validation.email}")
		@Size(max = FieldRules.EMAIL_MAX, message = "{accounts.validation.tooLong}") @Nullable String email,
		@NotBlank(message = "{accounts.validation.nameRequired}")
		@Size(max = FieldRules.PERSON_NAME_MAX, message = "{accounts.validation.tooLong}") @Nullable String displayName,
		@NotNull(message = "{invitations.validation.bodyRequired}") @Nullable Long bodyId,
		@NotBlank(message = "{invitations.validation.languageRequired}") @Pattern(regexp = "id|en",
				message = "{invitations.validation.language}") @Nullable String language) {

	/** An empty form whose mail language is the one the coordinator reads the application in. */
	static InviteForm empty(Locale pageLocale) {
		return new InviteForm(null, null, null, Language.of(pageLocale).tag());
	}

	/** Call only after validation passed. */
	InviteCommand toCommand() {
		return new InviteCommand(Objects.requireNonNull(email), Objects.requireNonNull(displayName),
				Objects.requireNonNull(bodyId), Language.parse(Objects.requireNonNull(language)).orElseThrow());
	}

}
