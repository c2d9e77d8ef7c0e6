package id.monevkip.directory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "AB", "PEMKAB-KUKAR", "KUKAR.DISKOMINFO_2", "64.02", "X123456789012345678901234567890123456789" })
	void acceptsPlainCapitalCodes(String code) {
		assertThat(BodyRules.isValidCode(code)).isTrue();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "A", "pemkab", "PEMKAB KUKAR", "DINAS/1", "X1234567890123456789012345678901234567890" })
	void refusesOtherCodes(String code) {
		assertThat(BodyRules.isValidCode(code)).isFalse();
	}

	@Test
	void codesArePutInCapitals() {
		assertThat(BodyRules.normaliseCode(" kukar-desa.01 ")).isEqualTo("KUKAR-DESA.01");
		assertThat(BodyRules.normaliseCode(null)).isNull();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "https://ppid.kukarkab.go.id", "http://desa-pela.id/ppid", "HTTPS://KALTIMPROV.GO.ID" })
	void acceptsMissingOrHttpWebsites(String website) {
		assertThat(BodyRules.isValidWebsite(website)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppid.kukarkab.go.id", "ftp://kukarkab.go.id", "https://", "javascript:alert(1)" })
	void refusesWebsitesWithoutHttp(String website) {
		assertThat(BodyRules.isValidWebsite(website)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppid@kukarkab.go.id", "a.b@desa.id" })
	void acceptsEmails(String email) {
		assertThat(BodyRules.isValidEmail(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ppid", "ppid@kukar", "ppid @kukar.go.id", "@kukar.go.id" })
	void refusesMalformedEmails(String email) {
		assertThat(BodyRules.isValidEmail(email)).isFalse();
	}

}
