package id.monevkip.directory.body;

import java.util.LinkedHashMap;
import java.util.Map;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class BodyAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BodyService bodies;

	@Autowired
	PublicBodyRepository bodyRepository;

	@Autowired
	BodyFixtures fixtures;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		admin = fixtures.user(Role.ADMIN, null);
	}

	@Test
	void createdBodyAppearsInSearch() {
		var result = submit("/admin/bodies", form("NEW"));

		assertThat(result).hasStatus3xxRedirection();
		var body = bodyRepository.findByCode(fixtures.code("NEW")).orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/bodies/" + body.getId());
		assertThat(list("q", fixtures.code("new"))).bodyText().contains(fixtures.name("NEW"));
	}

	@Test
	void invalidFormComesBackWithFieldErrorsAndSavesNothing() {
		var result = submit("/admin/bodies", form("BAD", "name", "", "email", "bukan-email"));

		assertThat(result).hasStatusOk().hasViewName("admin/bodies/edit");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("name", "email");
		assertThat(result).bodyText().contains("Periksa kembali isian berikut:", "Wajib diisi.");
		assertThat(bodyRepository.findByCode(fixtures.code("BAD"))).isEmpty();
	}

	@Test
	void duplicateCodeIsRefusedOnTheCodeField() {
		fixtures.body("TAKEN", null);

		var result = submit("/admin/bodies", form("TAKEN", "name", fixtures.name("copy")));

		assertThat(result).hasStatusOk().hasViewName("admin/bodies/edit");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("code");
		assertThat(result).bodyText().contains("sudah dipakai");
		assertThat(bodyRepository.findByCode(fixtures.code("TAKEN")).orElseThrow().getName())
			.isEqualTo(fixtures.name("TAKEN"));
	}

	@Test
	void errorsSpeakEnglishWhenAskedByParameterOrCookie() {
		var byParameter = submit("/admin/bodies?lang=en", form("EN1", "name", ""));
		var byCookie = submit("/admin/bodies", form("EN2", "email", "nope"), new Cookie("lang", "en"));

		assertThat(byParameter).bodyText().contains("Please check the following:", "Please fill in this field.");
		assertThat(byCookie).bodyText().contains("This email address is not valid.");
	}

	@Test
	void editingWithAStaleVersionAnswers409() {
		long id = fixtures.body("STALE", null);
		long stale = fixtures.find(id).getVersion() - 1;

		var result = submit("/admin/bodies/" + id, editForm(id, "STALE", "name", "Nama Baru", "version", String.valueOf(stale)));

		assertThat(result).hasStatus(409).hasViewName("error/409");
		assertThat(fixtures.find(id).getName()).isEqualTo(fixtures.name("STALE"));
	}

	@Test
	void editingWithTheCurrentVersionSaves() {
		long id = fixtures.body("EDIT", null);

		var result = submit("/admin/bodies/" + id, editForm(id, "EDIT", "name", fixtures.name("renamed")));

		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/bodies/" + id);
		assertThat(fixtures.find(id).getName()).isEqualTo(fixtures.name("renamed"));
	}

	@Test
	void deactivatedBodyLeavesTheDefaultList() {
		long id = fixtures.body("GONE", null);

		assertThat(mvc.post().uri("/admin/bodies/{id}/deactivate", id).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(list("q", fixtures.code("GONE"))).bodyText().doesNotContain(fixtures.name("GONE"));
		assertThat(list("q", fixtures.code("GONE"), "status", "INACTIVE")).bodyText().contains(fixtures.name("GONE"));
	}

	@Test
	void filtersByCategory() {
		var own = fixtures.category("CAT", true);
		fixtures.body("INCAT", null, own.getId(), null);
		fixtures.body("OUTCAT", null);

		var result = list("q", fixtures.tag, "categoryId", String.valueOf(own.getId()));

		assertThat(result).bodyText().contains(fixtures.name("INCAT")).doesNotContain(fixtures.name("OUTCAT"));
	}

	@Test
	void regionFilterIncludesTheRegionsInside() {
		var province = fixtures.region(fixtures.regionRoot(), null);
		var regency = fixtures.region(fixtures.regionRoot() + ".01", province);
		fixtures.region(fixtures.regionRoot() + ".01.02", regency);
		fixtures.region(fixtures.regionRoot() + ".02", province);
		long category = fixtures.seededCategoryId();
		fixtures.body("REGENCY", null, category, fixtures.regionRoot() + ".01");
		fixtures.body("DISTRICT", null, category, fixtures.regionRoot() + ".01.02");
		fixtures.body("ELSEWHERE", null, category, fixtures.regionRoot() + ".02");

		var result = list("regionCode", fixtures.regionRoot() + ".01");

		assertThat(result).bodyText()
			.contains(fixtures.name("REGENCY"), fixtures.name("DISTRICT"))
			.doesNotContain(fixtures.name("ELSEWHERE"));
	}

	@Test
	void pageSizeIsCappedAt100() {
		var result = list("size", "10000");

		assertThat(result).hasStatusOk();
		var page = (Page<?>) result.getMvcResult().getModelAndView().getModel().get("page");
		assertThat(page.getSize()).isEqualTo(100);
	}

	@Test
	void bodyCannotMoveUnderItsOwnDescendant() {
		long root = fixtures.body("ROOT", null);
		long child = fixtures.body("CHILD", fixtures.code("ROOT"));
		fixtures.body("GRANDCHILD", fixtures.code("CHILD"));

		var result = submit("/admin/bodies/" + root, editForm(root, "ROOT", "parentCode", fixtures.code("GRANDCHILD")));

		assertThat(result).hasStatusOk().hasViewName("admin/bodies/edit");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("parentCode");
		assertThat(fixtures.find(root).getParent()).isNull();
		assertThat(fixtures.find(child).getPath()).isEqualTo(fixtures.find(root).ownPath());
	}

	@Test
	void movedBodyTakesItsDescendantsAlong() {
		long oldRoot = fixtures.body("OLD", null);
		long newRoot = fixtures.body("NEWROOT", null);
		long moved = fixtures.body("MOVED", fixtures.code("OLD"));
		long below = fixtures.body("BELOW", fixtures.code("MOVED"));

		var result = submit("/admin/bodies/" + moved, editForm(moved, "MOVED", "parentCode", fixtures.code("NEWROOT")));

		assertThat(result).hasStatus3xxRedirection();
		assertThat(fixtures.find(moved).getPath()).isEqualTo(fixtures.find(newRoot).ownPath());
		assertThat(fixtures.find(below).getPath()).isEqualTo(fixtures.find(moved).ownPath());
		assertThat(fixtures.find(below).getPath()).doesNotContain("/" + oldRoot + "/");
	}

	@Test
	void detailShowsProfileAndChildren() {
		long root = fixtures.body("PARENT", null);
		fixtures.body("KID", fixtures.code("PARENT"));

		assertThat(mvc.get().uri("/admin/bodies/{id}", root).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains(fixtures.code("PARENT"), fixtures.name("KID"));
	}

	@Test
	void unknownBodyAnswers404() {
		assertThat(mvc.get().uri("/admin/bodies/{id}/edit", Long.MAX_VALUE).with(user(admin))).hasStatus(404)
			.hasViewName("error/404");
	}

	private MvcTestResult list(String... parameters) {
		var request = mvc.get().uri("/admin/bodies").with(user(admin));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult submit(String uri, Map<String, String> fields, Cookie... cookies) {
		var request = mvc.post().uri(uri).with(user(admin)).with(csrf());
		fields.forEach(request::param);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return request.exchange();
	}

	/** A valid form for a new body; tests overwrite the fields they are about. */
	private Map<String, String> form(String name, String... overrides) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("code", fixtures.code(name));
		fields.put("name", fixtures.name(name));
		fields.put("categoryId", String.valueOf(fixtures.seededCategoryId()));
		fields.put("ppidType", "PELAKSANA");
		fields.put("website", "https://ppid.example.go.id");
		fields.put("email", "ppid@example.go.id");
		fields.put("version", "0");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		return fields;
	}

	/** The form of an existing body, carrying its current version unless the overrides say otherwise. */
	private Map<String, String> editForm(long id, String name, String... overrides) {
		var fields = form(name, "version", String.valueOf(fixtures.find(id).getVersion()));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		return fields;
	}

}
