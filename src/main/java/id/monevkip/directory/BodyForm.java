package id.monevkip.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the body form holds, valid or not, so that a rejected form comes back as typed. Codes are put in
 * capitals on the way in; the region and the parent are given by code.
 *
 * @param version the version the form was opened with, so that a later save by someone else is noticed
 */
record BodyForm(
		@NotBlank(message = "{bodies.validation.required}") @Pattern(regexp = BodyRules.CODE_PATTERN,
				message = "{bodies.error.codeFormat}") @Nullable String code,
		@NotBlank(message = "{bodies.validation.required}") @Size(max = 200,
				message = "{bodies.validation.tooLong}") @Nullable String name,
		@NotNull(message = "{bodies.validation.choose}") @Nullable Long categoryId,
		@Size(max = 13, message = "{bodies.validation.tooLong}") @Nullable String regionCode,
		@Size(max = 40, message = "{bodies.validation.tooLong}") @Nullable String parentCode,
		@NotNull(message = "{bodies.validation.choose}") @Nullable PpidType ppidType,
		@Pattern(regexp = BodyRules.WEBSITE_PATTERN, flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "{bodies.error.website}") @Size(max = 300,
						message = "{bodies.validation.tooLong}") @Nullable String website,
		@Email(regexp = BodyRules.EMAIL_PATTERN, message = "{bodies.error.email}") @Size(max = 200,
				message = "{bodies.validation.tooLong}") @Nullable String email,
		@Size(max = 40, message = "{bodies.validation.tooLong}") @Nullable String phone,
		@Size(max = 400, message = "{bodies.validation.tooLong}") @Nullable String address, long version) {

	BodyForm {
		code = BodyRules.normaliseCode(code);
		parentCode = BodyRules.normaliseCode(parentCode);
	}

	static BodyForm empty() {
		return new BodyForm(null, null, null, null, null, PpidType.PELAKSANA, null, null, null, null, 0);
	}

	static BodyForm from(BodyDetail detail) {
		var body = detail.body();
		return new BodyForm(body.code(), body.name(), body.categoryId(), detail.regionCode(), detail.parentCode(),
				body.ppidType(), body.website(), body.email(), body.phone(), body.address(), body.version());
	}

	/** Only called after validation, when the required fields are present. */
	SaveBody toCommand() {
		return new SaveBody(code, name, categoryId, regionCode, parentCode, ppidType, website, email, phone, address);
	}

}
