package id.monevkip.directory.body;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Who sees which bodies on the read-only pages: a coordinator its own subtree and nothing else. */
@IntegrationTest
class BodyScopeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BodyFixtures fixtures;

	long root;

	long grandchild;

	long otherTree;

	CurrentUser coordinator;

	@BeforeEach
	void setUp() {
		root = fixtures.body("PEMKAB", null);
		fixtures.body("DINAS", fixtures.code("PEMKAB"));
		grandchild = fixtures.body("DESA", fixtures.code("DINAS"));
		otherTree = fixtures.body("LAIN", null);
		coordinator = fixtures.user(Role.COORDINATOR, root);
	}

	@Test
	void coordinatorListsItsWholeSubtreeOnly() {
		assertThat(mvc.get().uri("/bodies").param("q", fixtures.tag).with(user(coordinator))).hasStatusOk()
			.bodyText()
			.contains(fixtures.name("PEMKAB"), fixtures.name("DINAS"), fixtures.name("DESA"))
			.doesNotContain(fixtures.name("LAIN"));
	}

	@Test
	void coordinatorOpensABodyBelowIt() {
		assertThat(mvc.get().uri("/bodies/{id}", grandchild).with(user(coordinator))).hasStatusOk()
			.hasViewName("bodies/show")
			.bodyText()
			.contains(fixtures.code("DESA"));
	}

	@Test
	void coordinatorGets404ForAnotherTree() {
		assertThat(mvc.get().uri("/bodies/{id}", otherTree).with(user(coordinator))).hasStatus(404)
			.hasViewName("error/404");
	}

	@Test
	void coordinatorGets404ForAnUnknownId() {
		assertThat(mvc.get().uri("/bodies/{id}", Long.MAX_VALUE).with(user(coordinator))).hasStatus(404)
			.hasViewName("error/404");
	}

	@Test
	void commissionerSeesEveryTree() {
		var commissioner = fixtures.user(Role.COMMISSIONER, null);

		assertThat(mvc.get().uri("/bodies/{id}", otherTree).with(user(commissioner))).hasStatusOk();
		assertThat(mvc.get().uri("/bodies").param("q", fixtures.tag).with(user(commissioner))).bodyText()
			.contains(fixtures.name("PEMKAB"), fixtures.name("LAIN"));
	}

	@Test
	void respondentIsRefusedTheBodyList() {
		var respondent = fixtures.user(Role.RESPONDENT, grandchild);

		assertThat(mvc.get().uri("/bodies").with(user(respondent))).hasStatus(403);
	}

	@Test
	void coordinatorCannotUseTheAdminPages() {
		assertThat(mvc.get().uri("/admin/bodies/{id}", grandchild).with(user(coordinator))).hasStatus(403);
	}

}
