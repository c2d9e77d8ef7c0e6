package id.monevkip.directory.account;

import java.util.Locale;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "teh manis di samarinda";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AccountFixtures fixtures;

	Account respondent;

	CurrentUser user;

	@BeforeEach
	void setUp() {
		respondent = fixtures.respondent();
		user = fixtures.user(respondent);
	}

	@Test
	void refusesNineCharacters() {
		var result = change(AccountFixtures.PASSWORD, "123456789", "123456789");

		assertRefused(result, "newPassword", "password.policy.tooShort");
		assertThat(result).bodyText().contains("Periksa kembali isian berikut:", "minimal 10 karakter");
	}

	@Test
	void refusesTheEmailAsPassword() {
		String email = respondent.getEmail().toUpperCase(Locale.ROOT);
		assertRefused(change(AccountFixtures.PASSWORD, email, email), "newPassword", "password.policy.email");
	}

	@Test
	void refusesAWrongCurrentPassword() {
		assertRefused(change("bukan-sandi-saya", NEW_PASSWORD, NEW_PASSWORD), "currentPassword", "password.error.current");
	}

	@Test
	void refusesAMismatchedConfirmation() {
		var result = change(AccountFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");

		assertRefused(result, "confirmPassword", "password.error.mismatch");
		assertThat(result).bodyText().doesNotContain(NEW_PASSWORD);
	}

	@Test
	void refusesTheSamePasswordAgain() {
		assertRefused(change(AccountFixtures.PASSWORD, AccountFixtures.PASSWORD, AccountFixtures.PASSWORD), "newPassword",
				"password.error.unchanged");
	}

	@Test
	void showsErrorsInEnglish() {
		var result = mvc.post()
			.uri("/account/password?lang=en")
			.param("currentPassword", "")
			.param("newPassword", "123456789")
			.param("confirmPassword", "123456789")
			.with(user(user))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Please check the following:", "Enter your current password.");

		var policy = mvc.post()
			.uri("/account/password?lang=en")
			.param("currentPassword", AccountFixtures.PASSWORD)
			.param("newPassword", "123456789")
			.param("confirmPassword", "123456789")
			.with(user(user))
			.with(csrf())
			.exchange();
		assertThat(policy).hasStatusOk().bodyText().contains("The password is too short: at least 10 characters.");
	}

	@Test
	void requiredChangeAfterResetClearsTheFlagInDatabaseAndSession() {
		var reset = fixtures.reload(respondent);
		reset.setPassword(passwordEncoder.encode("sementara-2026"), true);
		accounts.save(reset);

		var login = mvc.post()
			.uri("/login")
			.param("username", respondent.getEmail())
			.param("password", "sementara-2026")
			.with(csrf())
			.exchange();
		assertThat(login).redirectedUrl().isEqualTo("/account/password?required");
		var session = (MockHttpSession) login.getMvcResult().getRequest().getSession(false);

		assertThat(mvc.get().uri("/account/password?required").session(session)).hasStatusOk()
			.bodyText().contains("Admin telah mengatur ulang kata sandi Anda");

		var changed = mvc.post()
			.uri("/account/password")
			.param("currentPassword", "sementara-2026")
			.param("newPassword", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)
			.session(session)
			.with(csrf())
			.exchange();

		assertThat(changed).redirectedUrl().isEqualTo("/respondent");
		assertThat(changed).flash().containsEntry("message", "password.changed");
		var saved = fixtures.reload(respondent);
		assertThat(saved.isMustChangePassword()).isFalse();
		assertThat(passwordEncoder.matches(NEW_PASSWORD, saved.getPasswordHash())).isTrue();
		var context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(((CurrentUser) context.getAuthentication().getPrincipal()).mustChangePassword()).isFalse();
		assertThat(mvc.get().uri("/account/password").session(session)).hasStatusOk()
			.bodyText().doesNotContain("Admin telah mengatur ulang kata sandi Anda");

		var again = mvc.post()
			.uri("/login")
			.param("username", respondent.getEmail())
			.param("password", NEW_PASSWORD)
			.with(csrf())
			.exchange();
		assertThat(again).redirectedUrl().isEqualTo("/respondent");
	}

	@Test
	void keepsSpacesAsTyped() {
		String spaced = "  " + NEW_PASSWORD + "  ";
		assertThat(change(AccountFixtures.PASSWORD, spaced, spaced)).hasStatus3xxRedirection();

		assertThat(passwordEncoder.matches(spaced, fixtures.reload(respondent).getPasswordHash())).isTrue();
	}

	private MvcTestResult change(String current, String newPassword, String confirm) {
		return mvc.post()
			.uri("/account/password")
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmPassword", confirm)
			.with(user(user))
			.with(csrf())
			.exchange();
	}

	private void assertRefused(MvcTestResult result, String field, String code) {
		assertThat(result).hasStatusOk().hasViewName(PasswordController.VIEW);
		assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode(field, code);
		assertThat(fixtures.reload(respondent).getPasswordHash()).isEqualTo(respondent.getPasswordHash());
	}

}
