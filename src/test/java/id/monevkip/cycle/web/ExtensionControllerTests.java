package id.monevkip.cycle.web;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleFixtures;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.Stage;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static id.monevkip.cycle.CycleFixtures.wita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class ExtensionControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	CycleManagement management;

	CurrentUser admin;

	long kabkota;

	long bumd;

	@BeforeEach
	void setUp() {
		admin = fixtures.admin();
		kabkota = fixtures.category("PD_KABKOTA").getId();
		bumd = fixtures.category("BUMD").getId();
	}

	MvcTestResult grant(long cycleId, String target, String value, String closesAt, String reason) {
		return mvc.post()
			.uri("/admin/cycles/" + cycleId + "/extensions")
			.with(user(admin))
			.with(csrf())
			.param("stage", "SAQ")
			.param(target, value)
			.param("closesAt", closesAt)
			.param("reason", reason)
			.exchange();
	}

	@Test
	void aBodyExtensionMovesTheDeadlineOfThatBodyOnly() {
		var cycle = fixtures.cycle(2070);
		var late = fixtures.body("LATE", "PD_KABKOTA");
		var other = fixtures.body("OTHER", "PD_KABKOTA");

		var result = grant(cycle.getId(), "bodyCode", late.getCode(), "2070-05-20T16:00", "Server down " + fixtures.tag);

		assertThat(result).hasStatus3xxRedirection();
		assertThat(management.closesAtFor(cycle.getId(), Stage.SAQ, late.getId(), kabkota))
			.contains(wita("2070-05-20T16:00"));
		assertThat(management.closesAtFor(cycle.getId(), Stage.SAQ, other.getId(), kabkota))
			.contains(wita("2070-05-15T23:59"));
		assertThat(mvc.get().uri("/admin/cycles/" + cycle.getId() + "/extensions").with(user(admin)))
			.hasStatusOk()
			.bodyText()
			.contains("Server down " + fixtures.tag, admin.displayName(), late.getName(), "20 Mei 2070 16:00");
	}

	@Test
	void aCategoryExtensionMovesTheDeadlineOfItsCategory() {
		var cycle = fixtures.cycle(2071);
		var inCategory = fixtures.body("INCAT", "BUMD");
		var outside = fixtures.body("OUTCAT", "PD_KABKOTA");

		grant(cycle.getId(), "categoryId", String.valueOf(bumd), "2071-05-18T12:00", "Banjir");
		grant(cycle.getId(), "bodyCode", inCategory.getCode(), "2071-05-17T12:00", "Lebih awal dari kategorinya");

		assertThat(management.closesAtFor(cycle.getId(), Stage.SAQ, inCategory.getId(), bumd))
			.contains(wita("2071-05-18T12:00"));
		assertThat(management.closesAtFor(cycle.getId(), Stage.SAQ, outside.getId(), kabkota))
			.contains(wita("2071-05-15T23:59"));
	}

	@Test
	void anExtensionMustCloseLaterAndHaveAReason() {
		var cycle = fixtures.cycle(2072);
		var body = fixtures.body("EARLY", "BUMD");

		var early = grant(cycle.getId(), "bodyCode", body.getCode(), "2072-05-10T12:00", "Terlalu awal");
		var noReason = grant(cycle.getId(), "bodyCode", body.getCode(), "2072-05-20T12:00", "");

		assertThat(early).hasStatusOk().bodyText().contains("15-05-2072 23:59");
		assertThat(noReason).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("reason");
		assertThat(management.closesAtFor(cycle.getId(), Stage.SAQ, body.getId(), bumd))
			.contains(wita("2072-05-15T23:59"));
	}

}
