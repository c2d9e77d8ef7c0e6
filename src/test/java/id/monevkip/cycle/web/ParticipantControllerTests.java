package id.monevkip.cycle.web;

import java.nio.charset.StandardCharsets;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleFixtures;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class ParticipantControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	CycleManagement management;

	@Autowired
	DirectoryManagement directory;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		admin = fixtures.admin();
	}

	@Test
	void addingACategoryTwiceAddsEachActiveBodyOnce() throws Exception {
		var cycle = fixtures.cycle(2060);
		var category = fixtures.category("PD_KABKOTA");
		var body = fixtures.body("CAT", "PD_KABKOTA");
		int active = directory.activeBodiesInCategory(category.getId()).size();
		String uri = "/admin/cycles/" + cycle.getId() + "/participants/category";

		var first = mvc.post().uri(uri).with(user(admin)).with(csrf()).param("categoryId", category.getId().toString()).exchange();
		var second = mvc.post().uri(uri).with(user(admin)).with(csrf()).param("categoryId", category.getId().toString()).exchange();

		assertThat(first).hasStatus3xxRedirection().flash().containsEntry("message", "participants.categoryAdded");
		assertThat(second).hasStatus3xxRedirection();
		assertThat(management.participants(cycle.getId())).hasSize(active)
			.contains(new ParticipantView(body.getId(), category.getId()));
		assertThat(management.isParticipant(cycle.getId(), body.getId())).isTrue();
		// other tests add bodies of this category too, so the body may be on any page of the category's list
		int pages = (active + ParticipantService.PAGE_SIZE - 1) / ParticipantService.PAGE_SIZE;
		boolean listed = false;
		for (int page = 0; page < pages && !listed; page++) {
			var result = mvc.get()
				.uri("/admin/cycles/{id}/participants?categoryId={c}&page={p}", cycle.getId(), category.getId(), page)
				.with(user(admin))
				.exchange();
			assertThat(result).hasStatusOk();
			listed = result.getResponse().getContentAsString().contains(body.getName());
		}
		assertThat(listed).as("%s listed on one of %d pages", body.getName(), pages).isTrue();
	}

	@Test
	void csvWithAnUnknownCodeReportsItAndAddsTheOthers() {
		var cycle = fixtures.cycle(2061);
		var own = fixtures.body("CSV1", "PD_KABKOTA");
		var placed = fixtures.body("CSV2", "PD_KABKOTA");
		String csv = "kode_badan,kategori\n" + own.getCode() + ",\n" + "TIDAK-ADA-" + fixtures.tag + ",BUMD\n"
				+ placed.getCode().toLowerCase() + ",BUMD\n" + own.getCode() + ",\n";
		var file = new MockMultipartFile("file", "peserta.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

		var result = mvc.post()
			.uri("/admin/cycles/" + cycle.getId() + "/participants/csv")
			.multipart()
			.file(file)
			.with(user(admin))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		var report = (CsvReport) result.getMvcResult().getFlashMap().get("csvReport");
		assertThat(report.added()).isEqualTo(2);
		assertThat(report.problems()).extracting(CsvReport.Problem::messageKey)
			.containsExactly("participants.csv.unknownBody", "participants.csv.already");
		assertThat(report.problems().get(0).line()).isEqualTo(3);
		assertThat(management.participants(cycle.getId())).containsExactlyInAnyOrder(
				new ParticipantView(own.getId(), fixtures.category("PD_KABKOTA").getId()),
				new ParticipantView(placed.getId(), fixtures.category("BUMD").getId()));
	}

	@Test
	void removesAParticipant() {
		var cycle = fixtures.cycle(2062);
		var body = fixtures.body("RM", "BUMD");
		mvc.post().uri("/admin/cycles/" + cycle.getId() + "/participants/body").with(user(admin)).with(csrf())
			.param("bodyCode", body.getCode()).exchange();
		assertThat(management.isParticipant(cycle.getId(), body.getId())).isTrue();

		mvc.post().uri("/admin/cycles/" + cycle.getId() + "/participants/" + body.getId() + "/remove")
			.with(user(admin)).with(csrf()).exchange();

		assertThat(management.isParticipant(cycle.getId(), body.getId())).isFalse();
	}

}
