package id.monevkip.directory.body;

import java.util.Locale;
import java.util.UUID;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class CategoryAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BodyCategoryRepository categories;

	@Autowired
	BodyFixtures fixtures;

	CurrentUser admin;

	String code;

	@BeforeEach
	void setUp() {
		admin = fixtures.user(Role.ADMIN, null);
		code = "KAT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void createsACategory() {
		var result = mvc.post()
			.uri("/admin/categories")
			.with(user(admin))
			.with(csrf())
			.param("code", code.toLowerCase(Locale.ROOT))
			.param("name", "Kategori " + code)
			.param("sortOrder", "500")
			.param("village", "true")
			.param("active", "true")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/categories");
		var saved = categories.findByCode(code).orElseThrow();
		assertThat(saved.isVillage()).isTrue();
		assertThat(saved.getSortOrder()).isEqualTo(500);
		assertThat(mvc.get().uri("/admin/categories").with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Kategori " + code);
	}

	@Test
	void refusesADuplicateCode() {
		categories.save(new BodyCategory(code, "Asli " + code, 500, false));

		var result = mvc.post()
			.uri("/admin/categories")
			.with(user(admin))
			.with(csrf())
			.param("code", code)
			.param("name", "Tiruan " + code)
			.param("sortOrder", "500")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/categories/edit");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("code");
		assertThat(categories.findByCode(code).orElseThrow().getName()).isEqualTo("Asli " + code);
	}

	@Test
	void renamesACategoryButKeepsItsCode() {
		var category = categories.save(new BodyCategory(code, "Lama " + code, 500, false));

		var result = mvc.post()
			.uri("/admin/categories/{id}", category.getId())
			.with(user(admin))
			.with(csrf())
			.param("code", "LAIN_" + code)
			.param("name", "Baru " + code)
			.param("sortOrder", "510")
			.param("active", "true")
			.param("version", String.valueOf(category.getVersion()))
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		var saved = categories.findById(category.getId()).orElseThrow();
		assertThat(saved.getName()).isEqualTo("Baru " + code);
		assertThat(saved.getCode()).isEqualTo(code);
		assertThat(saved.getSortOrder()).isEqualTo(510);
	}

	@Test
	void uncheckedActiveBoxRetiresTheCategory() {
		var category = categories.save(new BodyCategory(code, "Pensiun " + code, 500, false));

		mvc.post()
			.uri("/admin/categories/{id}", category.getId())
			.with(user(admin))
			.with(csrf())
			.param("code", code)
			.param("name", "Pensiun " + code)
			.param("sortOrder", "500")
			.param("_active", "on")
			.param("version", String.valueOf(category.getVersion()))
			.exchange();

		assertThat(categories.findById(category.getId()).orElseThrow().isActive()).isFalse();
	}

	@Test
	void editPageOfAnUnknownCategoryAnswers404() {
		assertThat(mvc.get().uri("/admin/categories/{id}/edit", Long.MAX_VALUE).with(user(admin))).hasStatus(404);
	}

}
