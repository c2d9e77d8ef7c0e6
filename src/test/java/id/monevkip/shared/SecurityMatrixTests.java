package id.monevkip.shared;

import java.util.stream.Stream;

import id.monevkip.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The outer wall: every URL zone refuses anonymous users (to the login page) and wrong roles (403), and lets
 * the right role in. Scope inside a zone (another body → 404) is checked where the pages live.
 */
@IntegrationTest
class SecurityMatrixTests {

	static final String ADMIN = "admin@kipkaltim.test";

	static final String COMMISSIONER = "komisioner@kipkaltim.test";

	static final String ASSESSOR = "penilai@kipkaltim.test";

	static final String COORDINATOR = "diskominfo@kukar.test";

	static final String RESPONDENT = "responden@kukar.test";

	static final String JUROR = "juri@kipkaltim.test";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/admin", "/admin/bodies", "/admin/accounts", "/admin/imports", "/admin/categories",
			"/commissioner", "/assessor", "/coordinator", "/respondent", "/juror", "/bodies", "/account/password",
			"/actuator/prometheus" })
	void anonymousUsersAreSentToTheLoginPage(String url) {
		assertThat(mvc.get().uri(url)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/actuator/health", "/actuator/info", "/webjars/bootstrap/css/bootstrap.min.css",
			"/webjars/htmx.org/dist/htmx.min.js", "/css/app.css" })
	void publicUrlsNeedNoLogin(String url) {
		assertThat(mvc.get().uri(url)).hasStatusOk();
	}

	static Stream<Arguments> wrongRoles() {
		return Stream.of(Arguments.of(RESPONDENT, "/admin"), Arguments.of(RESPONDENT, "/admin/bodies"),
				Arguments.of(RESPONDENT, "/commissioner"), Arguments.of(RESPONDENT, "/assessor"),
				Arguments.of(RESPONDENT, "/juror"), Arguments.of(RESPONDENT, "/bodies"),
				Arguments.of(RESPONDENT, "/actuator/prometheus"), Arguments.of(COORDINATOR, "/admin/accounts"),
				Arguments.of(COORDINATOR, "/assessor"), Arguments.of(ASSESSOR, "/admin/imports"),
				Arguments.of(ASSESSOR, "/coordinator"), Arguments.of(ASSESSOR, "/bodies"), Arguments.of(JUROR, "/admin"),
				Arguments.of(JUROR, "/respondent"), Arguments.of(COMMISSIONER, "/admin/bodies"),
				Arguments.of(COMMISSIONER, "/actuator/prometheus"), Arguments.of(ADMIN, "/respondent"));
	}

	@ParameterizedTest
	@MethodSource("wrongRoles")
	void wrongRolesGetForbidden(String email, String url) {
		assertThat(mvc.get().uri(url).with(user(users.loadUserByUsername(email)))).hasStatus(403);
	}

	static Stream<Arguments> homes() {
		return Stream.of(Arguments.of(ADMIN, "/admin"), Arguments.of(COMMISSIONER, "/commissioner"),
				Arguments.of(ASSESSOR, "/assessor"), Arguments.of(COORDINATOR, "/coordinator"),
				Arguments.of(RESPONDENT, "/respondent"), Arguments.of(JUROR, "/juror"));
	}

	@ParameterizedTest
	@MethodSource("homes")
	void eachRoleReachesItsHomeFromTheRoot(String email, String home) {
		var user = user(users.loadUserByUsername(email));
		assertThat(mvc.get().uri("/").with(user)).hasStatus3xxRedirection().redirectedUrl().isEqualTo(home);
		assertThat(mvc.get().uri(home).with(user)).hasStatusOk();
	}

	@Test
	void administratorsReadPrometheusMetrics() {
		assertThat(mvc.get().uri("/actuator/prometheus").with(user(users.loadUserByUsername(ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void healthIncludesTheDatabaseForAdministrators() {
		assertThat(mvc.get().uri("/actuator/health").with(user(users.loadUserByUsername(ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("\"db\"")
			.contains("PostgreSQL");
	}

	@Test
	void logoutNeedsAPostWithCsrfToken() {
		var user = user(users.loadUserByUsername(RESPONDENT));
		assertThat(mvc.post().uri("/logout").with(user)).hasStatus(403);
	}

	@Test
	void unknownUrlsAnswerTheNotFoundPageInsideTheLayout() {
		assertThat(mvc.get().uri("/admin/does-not-exist").with(user(users.loadUserByUsername(ADMIN)))).hasStatus(404)
			.bodyText()
			.contains("Halaman tidak ditemukan")
			.contains("e-Monev KIP");
	}

}
