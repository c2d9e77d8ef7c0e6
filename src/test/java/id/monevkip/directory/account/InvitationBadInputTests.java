package id.monevkip.directory.account;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** A rejected invitation creates nothing, says why in plain words and gives the form back as typed. */
@IntegrationTest
class InvitationBadInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	PublicBodyRepository bodies;

	PublicBody body;

	PublicBody outside;

	CurrentUser coordinator;

	String name;

	@BeforeEach
	void setUp() {
		var root = fixtures.body();
		body = fixtures.body();
		body.placeUnder(root);
		body = bodies.save(body);
		outside = fixtures.body();
		coordinator = fixtures.user(fixtures.account(Role.COORDINATOR, root));
		name = "Ibu " + AccountFixtures.unique("Salah");
	}

	@Test
	void invalidEmailIsAFieldErrorAndTheFormKeepsWhatWasTyped() {
		var result = invite("bukan-email@", String.valueOf(body.getId()), "en", null);

		assertThat(result).hasStatusOk().hasViewName(CoordinatorAccountController.FORM);
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("email");
		assertThat(result).bodyText()
			.contains("Tulis alamat email yang benar", "value=\"bukan-email@\"", "value=\"" + name + "\"")
			.containsPattern("<option value=\"" + body.getId() + "\" selected=\"selected\"")
			.containsPattern("value=\"en\" id=\"language\\d\" name=\"language\" checked=\"checked\"");
		assertNothingCreated();
	}

	@Test
	void emailInUseIsAFieldErrorAndSendsNothing() {
		var taken = fixtures.respondent();

		var result = invite(taken.getEmail(), String.valueOf(body.getId()), "id", null);

		assertThat(result).hasStatusOk().bodyText().contains("Email ini sudah dipakai oleh akun lain.",
				"value=\"" + taken.getEmail() + "\"", "value=\"" + name + "\"");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("email", "accounts.error.emailTaken");
		assertThat(invitations.findFirstByAccountIdOrderByIdDesc(taken.getId())).isEmpty();
		assertThat(fixtures.reload(taken).getDisplayName()).isNotEqualTo(name);
		assertNothingCreated();
	}

	@Test
	void bodyOutsideTheSubtreeIsNotFound() {
		String email = uniqueEmail();

		var result = invite(email, String.valueOf(outside.getId()), "id", null);

		assertThat(result).hasStatus(404);
		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(invite(email, "999999999", "id", null)).hasStatus(404);
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void bodyThatIsNoNumberIsAFieldError() {
		var result = invite(uniqueEmail(), "abc", "id", null);

		assertThat(result).hasStatusOk().bodyText().contains("Pilih badan publik dari daftar.").doesNotContain("Failed to convert");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("bodyId");
		assertNothingCreated();
	}

	@Test
	void languageOtherThanIdOrEnIsAFieldErrorInTheReadersLanguage() {
		String email = uniqueEmail();

		var indonesian = invite(email, String.valueOf(body.getId()), "fr", null);
		var english = invite(email, String.valueOf(body.getId()), "xx", "en");
		var missing = invite(email, String.valueOf(body.getId()), null, null);

		assertThat(indonesian).hasStatusOk().bodyText()
			.contains("Pilih Bahasa Indonesia atau English sebagai bahasa email.", "value=\"" + email + "\"",
					"value=\"" + name + "\"");
		assertThat(indonesian).model().extractingBindingResult("form").hasFieldErrors("language");
		assertThat(english).hasStatusOk().bodyText().contains("Choose Bahasa Indonesia or English as the email language.");
		assertThat(missing).hasStatusOk().bodyText().contains("Pilih bahasa email.");
		assertThat(accounts.findByEmail(email)).isEmpty();
		assertNothingCreated();
	}

	private void assertNothingCreated() {
		List<Account> named = accounts.findAll((root, query, cb) -> cb.equal(root.get("displayName"), name));
		assertThat(named).isEmpty();
	}

	private MvcTestResult invite(String email, String bodyId, String language, String pageLanguage) {
		var request = mvc.post()
			.uri("/coordinator/accounts")
			.param("email", email)
			.param("displayName", name)
			.param("bodyId", bodyId)
			.with(user(coordinator))
			.with(csrf());
		if (language != null) {
			request = request.param("language", language);
		}
		if (pageLanguage != null) {
			request = request.cookie(new Cookie("lang", pageLanguage));
		}
		return request.exchange();
	}

	private static String uniqueEmail() {
		return AccountFixtures.unique("salah") + "@uji.test";
	}

}
