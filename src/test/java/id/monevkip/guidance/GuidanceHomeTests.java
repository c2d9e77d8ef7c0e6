package id.monevkip.guidance;

import id.monevkip.IntegrationTest;
import id.monevkip.submission.SubmissionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The respondent's home tells what its coordinator and the commission published: the latest announcements (with a
 * link to all of them), guides to download, the FAQ and helpdesk contacts with links that call, chat or mail.
 */
@IntegrationTest
class GuidanceHomeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	GuidanceManagement guidance;

	GuidanceTree tree;

	@BeforeEach
	void grow() {
		tree = GuidanceTree.grow(fixtures);
	}

	@Test
	void respondentHomeShowsAnnouncementGuideFaqAndContact() throws Exception {
		var coordinator = tree.kukarCoordinator();
		assertThat(mvc.post().uri("/coordinator/guidance/announcements").param("title", tree.title("Bimtek"))
			.param("text", "Baris pertama\nBaris kedua").with(user(coordinator)).with(csrf())).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/coordinator/guidance/faqs").param("question", tree.title("Bagaimana mengunggah?"))
			.param("answer", "Pilih berkas lalu simpan.").param("sortOrder", "1").with(user(coordinator)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/coordinator/guidance/contacts").param("name", tree.title("Helpdesk Kukar"))
			.param("unit", "Diskominfo").param("phone", "(0541) 661-234").param("whatsapp", "0812 3456 7890")
			.param("email", "helpdesk@kukar.test").param("hours", "Senin-Jumat").with(user(coordinator)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/coordinator/guidance/guides").multipart()
			.file(new MockMultipartFile("file", "juknis.pdf", "application/pdf", GuideFileTests.pdf(tree.tag())))
			.param("title", tree.title("Juknis Kukar")).with(user(coordinator)).with(csrf())).hasStatus3xxRedirection();
		var guideId = guidance.forBody(tree.cycleId(), tree.kukarDinas().getId()).guides().stream()
			.filter(g -> g.title().equals(tree.title("Juknis Kukar"))).findFirst().orElseThrow().id();

		var home = mvc.get().uri("/respondent").with(user(tree.respondent())).exchange();
		assertThat(home).hasStatusOk().bodyText()
			.contains("Pengumuman dan panduan", tree.title("Bimtek"), "Baris pertama\nBaris kedua",
					tree.title("Bagaimana mengunggah?"), "Pilih berkas lalu simpan.", tree.title("Helpdesk Kukar"),
					tree.title("Juknis Kukar"), "href=\"/guidance/files/" + guideId + "\"", "href=\"tel:0541661234\"",
					"href=\"https://wa.me/6281234567890\"", "href=\"mailto:helpdesk@kukar.test\"", "<details");

		var html = home.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html.split("id=\"guidance\"", -1)).as("the section appears once").hasSize(2);

		var elsewhere = mvc.get().uri("/respondent").with(user(tree.kutimRespondent())).exchange();
		assertThat(elsewhere).hasStatusOk().bodyText().doesNotContain(tree.title("Bimtek"), tree.title("Juknis Kukar"));
	}

	@Test
	void homeShowsFiveAnnouncementsAndTheFullPageShowsAll() {
		for (int i = 1; i <= 7; i++) {
			assertThat(mvc.post().uri("/coordinator/guidance/announcements").param("title", tree.title("Kabar " + i))
				.param("text", "Isi").param("pinned", "true").with(user(tree.kukarCoordinator())).with(csrf()))
				.hasStatus3xxRedirection();
		}
		// pinned, so that the commission's demo announcements never push them out of the first five
		var home = mvc.get().uri("/respondent").with(user(tree.respondent())).exchange();
		assertThat(home).hasStatusOk().bodyText().contains(tree.title("Kabar 7"), tree.title("Kabar 3"), "href=\"/guidance\"")
			.doesNotContain(tree.title("Kabar 2") + "<", tree.title("Kabar 1") + "<");

		var all = mvc.get().uri("/guidance").with(user(tree.respondent())).exchange();
		assertThat(all).hasStatusOk().bodyText().contains(tree.title("Kabar 1") + "<", tree.title("Kabar 7"));
	}

	@Test
	void englishHomeIsComplete() {
		assertThat(mvc.get().uri("/respondent?lang=en").with(user(tree.respondent()))).hasStatusOk()
			.bodyText()
			.contains("Announcements and guides")
			.doesNotContain("??guidance");
	}

}
