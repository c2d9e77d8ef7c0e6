package id.monevkip.directory.body;

import id.monevkip.directory.PpidType;
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
		@NotBlank(message = "{bodies.validation.required}") @Pattern(regexp = FieldRules.CODE_PATTERN,
				message = "{bodies.error.codeFormat}") @Nullable String code,
		@NotBlank(message = "{bodies.validation.required}") @Size(max = FieldRules.BODY_NAME_MAX,
				message = "{bodies.validation.tooLong}") @Nullable String name,
		@NotNull(message = "{bodies.validation.choose}") @Nullable Long categoryId,
		@Size(max = FieldRules.REGION_CODE_MAX, message = "{bodies.validation.tooLong}") @Nullable String regionCode,
		@Size(max = FieldRules.CODE_MAX, message = "{bodies.validation.tooLong}") @Nullable String parentCode,
		@NotNull(message = "{bodies.validation.choose}") @Nullable PpidType ppidType,
		@Pattern(regexp = FieldRules.WEBSITE_PATTERN, flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "{bodies.error.website}") @Size(max = FieldRules.WEBSITE_MAX,
						message = "{bodies.validation.tooLong}") @Nullable String website,
		@Email(regexp = FieldRules.EMAIL_PATTERN, message = "{bodies.error.email}") @Size(max = FieldRules.EMAIL_MAX,
				message = "{bodies.validation.tooLong}") @Nullable String email,
		@Pattern(regexp = FieldRules.PHONE_PATTERN, message = "{import.reason.phone}") @Size(max = FieldRules.PHONE_MAX,
				message = "{bodies.validation.tooLong}") @Nullable String phone,
		@Size(max = FieldRules.ADDRESS_MAX, message = "{bodies.validation.tooLong}") @Nullable String address, long version) {

	BodyForm {
		code = FieldRules.normaliseCode(code);
		parentCode = FieldRules.normaliseCode(parentCode);
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
