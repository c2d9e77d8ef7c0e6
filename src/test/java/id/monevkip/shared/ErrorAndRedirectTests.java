package id.monevkip.shared;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class ErrorAndRedirectTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	CurrentUser admin() {
		return (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
	}

	@Test
	void aTemporaryPasswordMustBeReplacedBeforeAnyOtherPage() {
		var a = admin();
		var withTemporaryPassword = new CurrentUser(a.accountId(), a.email(), a.displayName(), a.passwordHash(),
				a.bodyId(), a.roles(), true, false, true);
		assertThat(mvc.get().uri("/admin/bodies").with(user(withTemporaryPassword))).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/account/password?required");
		assertThat(mvc.get().uri("/account/password").with(user(withTemporaryPassword))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/bodies").with(user(a))).hasStatusOk();
	}

	@Test
	void aHandEditedFilterOfTheWrongTypeAnswersTheBadRequestPage() {
		assertThat(mvc.get().uri("/admin/bodies?categoryId=abc").with(user(admin()))).hasStatus(400)
			.bodyText()
			.contains("Permintaan tidak valid")
			.contains("e-Monev KIP");
	}

	@Test
	void anIdThatIsNotANumberAnswersTheBadRequestPage() {
		assertThat(mvc.get().uri("/admin/bodies/abc").with(user(admin()))).hasStatus(400)
			.bodyText()
			.contains("Permintaan tidak valid");
	}

	@Test
	void anUnknownIdAnswersTheNotFoundPage() {
		assertThat(mvc.get().uri("/admin/bodies/999999999").with(user(admin()))).hasStatus(404)
			.bodyText()
			.contains("Halaman tidak ditemukan");
	}

}
