package id.monevkip.directory.body;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FieldRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "AB", "PEMKAB-KUKAR", "KUKAR.DISKOMINFO_2", "64.02", "X123456789012345678901234567890123456789" })
	void acceptsPlainCapitalCodes(String code) {
		assertThat(FieldRules.isValidCode(code)).isTrue();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "A", "pemkab", "PEMKAB KUKAR", "DINAS/1", "X1234567890123456789012345678901234567890" })
	void refusesOtherCodes(String code) {
		assertThat(FieldRules.isValidCode(code)).isFalse();
	}

	@Test
	void codesArePutInCapitals() {
		assertThat(FieldRules.normaliseCode(" kukar-desa.01 ")).isEqualTo("KUKAR-DESA.01");
		assertThat(FieldRules.normaliseCode(null)).isNull();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "https://ppid.kukarkab.go.id", "http://desa-pela.id/ppid", "HTTPS://KALTIMPROV.GO.ID" })
	void acceptsMissingOrHttpWebsites(String website) {
		assertThat(FieldRules.isValidWebsite(website)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppid.kukarkab.go.id", "ftp://kukarkab.go.id", "https://", "javascript:alert(1)",
			"http://localhost", "https://ppid kukar.go.id" })
	void refusesWebsitesWithoutHttp(String website) {
		assertThat(FieldRules.isValidWebsite(website)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppid@kukarkab.go.id", "a.b@desa.id" })
	void acceptsEmails(String email) {
		assertThat(FieldRules.isValidEmail(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppid", "ppid@kukar", "ppid @kukar.go.id", "@kukar.go.id", "ppid..desa@kukar.go.id",
			".ppid@kukar.go.id", "ppid@kukar.go.1d" })
	void refusesMalformedEmails(String email) {
		assertThat(FieldRules.isValidEmail(email)).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "(0541) 661234", "+62 812-3456-7890", "0541.661234 / 661235" })
	void acceptsPhoneNumbersWithSeparators(String phone) {
		assertThat(FieldRules.isValidPhone(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "telp kantor", "---", "0541 ext 5" })
	void refusesPhonesWithoutDigitsOrWithWords(String phone) {
		assertThat(FieldRules.isValidPhone(phone)).isFalse();
	}

}
