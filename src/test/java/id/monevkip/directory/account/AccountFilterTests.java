package id.monevkip.directory.account;

import id.monevkip.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountFilterTests {

	@Test
	void urlKeepsTheFiltersForThePager() {
		var filter = new AccountFilter("siti & budi=1", Role.RESPONDENT, null, "KUKAR-DISKOMINFO", AccountStatus.LOCKED);

		assertThat(filter.url("/admin/accounts")).isEqualTo(
				"/admin/accounts?q=siti%20%26%20budi%3D1&role=RESPONDENT&body=KUKAR-DISKOMINFO&status=LOCKED");
	}

	@Test
	void urlWithoutFiltersIsThePlainList() {
		assertThat(AccountFilter.none().url("/admin/accounts")).isEqualTo("/admin/accounts");
	}

}
