package id.monevkip.directory.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	static final String EMAIL = "Budi.Santoso@kukarkab.go.id";

	@ParameterizedTest(name = "\"{0}\" breaks {1}")
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
			"|password.policy.blank",
			"            |password.policy.blank",
			"123456789|password.policy.tooShort",
			"abcdefghi|password.policy.tooShort",
			"  abcd   |password.policy.tooShort",
			"budi.santoso@kukarkab.go.id|password.policy.email",
			"BUDI.SANTOSO@KUKARKAB.GO.ID|password.policy.email",
			" budi.santoso@kukarkab.go.id |password.policy.email",
			"Budi.Santoso|password.policy.email",
			"bUDI.sANTOSO|password.policy.email",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|password.policy.tooLong",
			"ééééééééééééééééééééééééééééééééééééé|password.policy.tooLong" })
	void refusesWeakPasswords(String password, String rule) {
		assertThat(PasswordPolicy.violation(password == null ? "" : password, EMAIL)).contains(rule);
	}

	@ParameterizedTest(name = "\"{0}\" is acceptable")
	@ValueSource(strings = { "1234567890", "kopi pagi di tenggarong", "budi.santoso1", "santoso@kukarkab",
			"  spasi di tepi  ", "Tenggarong-2026!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void acceptsPasswordsThatKeepTheRules(String password) {
		assertThat(PasswordPolicy.violation(password, EMAIL)).isEmpty();
	}

	@ParameterizedTest(name = "{0} characters")
	@ValueSource(ints = { 0, 1, 5, 9, 10, 11, 72 })
	void tenCharactersAreTheMinimum(int length) {
		assertThat(PasswordPolicy.violation("x".repeat(length), EMAIL).isEmpty()).isEqualTo(length >= 10);
	}

}
