package id.monevkip.shared;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginPageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void loginPageSpeaksIndonesianByDefault() {
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Masuk ke e-Monev KIP");
	}

	@Test
	void loginPageSwitchesToEnglish() {
		assertThat(mvc.get().uri("/login?lang=en")).hasStatusOk().bodyText().contains("Log in to e-Monev KIP");
	}

	@Test
	void anonymousRootGoesToLogin() {
		assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().redirectedUrl().contains("/login");
	}

}
