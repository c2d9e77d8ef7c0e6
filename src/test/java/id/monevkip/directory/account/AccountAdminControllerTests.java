package id.monevkip.directory.account;

import java.util.Locale;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class AccountAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AccountFixtures fixtures;

	Account adminAccount;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		adminAccount = fixtures.admin();
		admin = fixtures.user(adminAccount);
	}

	@Test
	void createsRespondentForBodyCodeWithTemporaryPassword() {
		var body = fixtures.body();
		String email = AccountFixtures.unique("Responden").toUpperCase(Locale.ROOT) + "@Kukar.Test";
		var result = mvc.post()
			.uri("/admin/accounts")
			.param("email", email)
			.param("displayName", "Siti Responden")
			.param("roles", "RESPONDENT")
			.param("bodyCode", body.getCode().toLowerCase(Locale.ROOT))
			.param("password", "")
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().flash().containsKeys("temporaryPassword", "message");
		var created = accounts.findByEmail(email.toLowerCase(Locale.ROOT)).orElseThrow();
		assertThat(result).redirectedUrl().isEqualTo("/admin/accounts/" + created.getId() + "/edit");
		assertThat(created.getPublicBody().getId()).isEqualTo(body.getId());
		assertThat(created.getRoles()).containsExactly(Role.RESPONDENT);
		assertThat(created.isMustChangePassword()).isTrue();
		String temporary = (String) result.getMvcResult().getFlashMap().get("temporaryPassword");
		assertThat(passwordEncoder.matches(temporary, created.getPasswordHash())).isTrue();
	}

	@Test
	void createsAccountWithThePasswordTheAdminTyped() {
		String email = AccountFixtures.unique("penilai") + "@uji.test";
		String typed = "  kopi tubruk sore  ";
		var result = mvc.post()
			.uri("/admin/accounts")
			.param("email", email)
			.param("displayName", "Penilai Uji")
			.param("roles", "ASSESSOR", "JUROR")
			.param("password", typed)
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().flash().doesNotContainKey("temporaryPassword");
		var created = accounts.findByEmail(email).orElseThrow();
		assertThat(created.isMustChangePassword()).isFalse();
		assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.ASSESSOR, Role.JUROR);
		assertThat(login(email, typed)).redirectedUrl().isEqualTo("/assessor");
	}

	@Test
	void refusesRespondentWithoutBody() {
		var result = mvc.post()
			.uri("/admin/accounts")
			.param("email", AccountFixtures.unique("tanpa-badan") + "@uji.test")
			.param("displayName", "Tanpa Badan")
			.param("roles", "RESPONDENT")
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName(AccountAdminController.EDIT);
		assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("bodyCode", "accounts.error.bodyRequired");
		assertThat(result).bodyText().contains("harus terhubung ke satu badan publik");
	}

	@Test
	void refusesUnknownBodyCode() {
		var result = mvc.post()
			.uri("/admin/accounts")
			.param("email", AccountFixtures.unique("koordinator") + "@uji.test")
			.param("displayName", "Koordinator Uji")
			.param("roles", "COORDINATOR")
			.param("bodyCode", "TIDAK-ADA-" + AccountFixtures.unique("X"))
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("bodyCode", "accounts.error.bodyUnknown");
	}

	@Test
	void refusesDuplicateEmailInAnotherCase() {
		var existing = fixtures.respondent();
		var result = mvc.post()
			.uri("/admin/accounts")
			.param("email", existing.getEmail().toUpperCase(Locale.ROOT))
			.param("displayName", "Kembaran")
			.param("roles", "JUROR")
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrorCode("email", "accounts.error.emailTaken");
		assertThat(result).bodyText().contains("Email ini sudah dipakai oleh akun lain.");
	}

	@Test
	void invalidFormShowsErrorsInIndonesian() {
		var result = mvc.post().uri("/admin/accounts").param("email", "bukan-email").with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("email", "displayName", "roles");
		assertThat(result).bodyText()
			.contains("Periksa kembali isian berikut:", "Isi nama lengkap.", "Tulis alamat email yang benar",
					"Pilih minimal satu peran.");
	}

	@Test
	void invalidFormShowsErrorsInEnglish() {
		var result = mvc.post()
			.uri("/admin/accounts?lang=en")
			.param("email", "not-an-email")
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText()
			.contains("Please check the following:", "Enter the full name.", "Enter a valid email address",
					"Choose at least one role.")
			.doesNotContain("Isi nama lengkap.");
	}

	@Test
	void resetPasswordShowsTheTemporaryPasswordOnceAndItSignsIn() {
		var respondent = fixtures.respondent();
		var session = new MockHttpSession();
		var reset = mvc.post()
			.uri("/admin/accounts/{id}/reset-password", respondent.getId())
			.session(session)
			.with(user(admin))
			.with(csrf())
			.exchange();
		assertThat(reset).redirectedUrl().isEqualTo("/admin/accounts/" + respondent.getId() + "/edit");
		String temporary = (String) reset.getMvcResult().getFlashMap().get("temporaryPassword");
		assertThat(temporary).hasSize(TemporaryPassword.LENGTH);

		assertThat(mvc.get().uri("/admin/accounts/{id}/edit", respondent.getId()).session(session).with(user(admin)))
			.hasStatusOk().bodyText().contains(temporary, "Kata sandi sementara");
		assertThat(mvc.get().uri("/admin/accounts/{id}/edit", respondent.getId()).session(session).with(user(admin)))
			.hasStatusOk().bodyText().doesNotContain(temporary);

		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/login?error");
		assertThat(login(respondent.getEmail(), temporary)).redirectedUrl().isEqualTo("/account/password?required");
	}

	@Test
	void deactivatedAccountCannotSignIn() {
		var respondent = fixtures.respondent();
		assertThat(mvc.post().uri("/admin/accounts/{id}/deactivate", respondent.getId()).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection().flash().containsEntry("message", "accounts.deactivated");

		assertThat(fixtures.reload(respondent).isActive()).isFalse();
		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/login?error");

		mvc.post().uri("/admin/accounts/{id}/activate", respondent.getId()).with(user(admin)).with(csrf()).exchange();
		assertThat(login(respondent.getEmail(), AccountFixtures.PASSWORD)).redirectedUrl().isEqualTo("/respondent");
	}

	@Test
	void adminCannotDeactivateOwnAccount() {
		assertThat(mvc.post().uri("/admin/accounts/{id}/deactivate", adminAccount.getId()).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection().flash().containsEntry("error", "accounts.error.ownDeactivate");

		assertThat(fixtures.reload(adminAccount).isActive()).isTrue();
	}

	@Test
	void adminCannotRemoveOwnAdminRole() {
		var result = mvc.post()
			.uri("/admin/accounts/{id}", adminAccount.getId())
			.param("email", adminAccount.getEmail())
			.param("displayName", "Admin Uji")
			.param("roles", "COMMISSIONER")
			.param("version", String.valueOf(adminAccount.getVersion()))
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().model().extractingBindingResult("form").hasFieldErrorCode("roles", "accounts.error.ownAdminRole");
		assertThat(fixtures.reload(adminAccount).getRoles()).contains(Role.ADMIN);
	}

	@Test
	void updatesAnAccount() {
		var respondent = fixtures.respondent();
		var otherBody = fixtures.body();
		var result = mvc.post()
			.uri("/admin/accounts/{id}", respondent.getId())
			.param("email", respondent.getEmail())
			.param("displayName", "Nama Baru")
			.param("roles", "COORDINATOR")
			.param("bodyCode", otherBody.getCode())
			.param("version", String.valueOf(respondent.getVersion()))
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/accounts");
		var saved = fixtures.reload(respondent);
		assertThat(saved.getDisplayName()).isEqualTo("Nama Baru");
		assertThat(saved.getRoles()).containsExactly(Role.COORDINATOR);
		assertThat(saved.getPublicBody().getId()).isEqualTo(otherBody.getId());
	}

	@Test
	void staleFormAnswersConflict() {
		var respondent = fixtures.respondent();
		var result = mvc.post()
			.uri("/admin/accounts/{id}", respondent.getId())
			.param("email", respondent.getEmail())
			.param("displayName", "Terlambat")
			.param("roles", "JUROR")
			.param("version", String.valueOf(respondent.getVersion() - 1))
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(409);
		assertThat(fixtures.reload(respondent).getDisplayName()).isNotEqualTo("Terlambat");
	}

	@Test
	void unknownAccountAnswersNotFound() {
		assertThat(mvc.get().uri("/admin/accounts/{id}/edit", Long.MAX_VALUE).with(user(admin))).hasStatus(404);
		assertThat(mvc.post().uri("/admin/accounts/{id}/reset-password", Long.MAX_VALUE).with(user(admin)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/admin/accounts/{id}", Long.MAX_VALUE).param("email", "").with(user(admin)).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void listFiltersByBodyCodeAndShowsLockUntilTime() {
		var respondent = fixtures.respondent();
		var lockedOne = fixtures.account(Role.COORDINATOR, respondent.getPublicBody());
		for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
			lockedOne.loginFailed(fixtures.clock().instant());
		}
		accounts.save(lockedOne);
		var other = fixtures.respondent();

		var result = mvc.get()
			.uri("/admin/accounts?body={code}", respondent.getPublicBody().getCode().toLowerCase(Locale.ROOT))
			.with(user(admin))
			.exchange();

		assertThat(result).hasStatusOk().bodyText()
			.contains(respondent.getEmail(), lockedOne.getEmail(), "Terkunci sampai ", " WITA", "Responden Badan Publik")
			.doesNotContain(other.getEmail());
		assertThat(mvc.get().uri("/admin/accounts?status=LOCKED&q={q}", lockedOne.getEmail()).with(user(admin)))
			.bodyText().contains(lockedOne.getEmail());
		assertThat(mvc.get().uri("/admin/accounts?status=ACTIVE&q={q}", lockedOne.getEmail()).with(user(admin)))
			.bodyText().contains("Tidak ada akun yang cocok").doesNotContain("id=\"accounts\"");
	}

	@Test
	void onlyAdministratorsManageAccounts() {
		var respondent = fixtures.respondent();
		assertThat(mvc.get().uri("/admin/accounts").with(user(fixtures.user(respondent)))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/accounts")).hasStatus3xxRedirection();
	}

	private MvcTestResult login(String email, String password) {
		return mvc.post().uri("/login").param("username", email).param("password", password).with(csrf()).exchange();
	}

}
