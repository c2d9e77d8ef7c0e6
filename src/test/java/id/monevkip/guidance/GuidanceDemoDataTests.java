package id.monevkip.guidance;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo's socialisation: the commission's announcement, guide, FAQ and helpdesk reach Kukar's Diskominfo and
 * Kutai Timur alike; Kukar's own announcement reaches only Kukar's tree. Both publishers see theirs on their pages.
 */
@IntegrationTest
class GuidanceDemoDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	GuidanceManagement guidance;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Test
	void demoCycleCarriesTheCommissionsGuidanceAndKukarsAnnouncement() {
		long cycle = fixtures.demoCycle().id();
		var kukarDinas = guidance.forBody(cycle, directory.bodyByCode("KUKAR-DISKOMINFO").orElseThrow().id());
		assertThat(kukarDinas.announcements()).extracting(AnnouncementView::title)
			.contains("Pengisian SAQ Monev KIP sudah dibuka", "Bimbingan teknis PPID se-Kutai Kartanegara");
		assertThat(kukarDinas.guides()).extracting(GuideView::title).contains("Petunjuk teknis pengisian SAQ");
		assertThat(kukarDinas.faqs()).extracting(FaqView::question).contains("Kapan batas akhir pengisian SAQ?",
				"Berkas apa saja yang bisa diunggah sebagai bukti dukung?", "Bagaimana jika saya lupa kata sandi?");
		assertThat(kukarDinas.contacts()).extracting(HelpdeskView::name).contains("Helpdesk Monev KIP");

		var kutim = guidance.forBody(cycle, directory.bodyByCode("PEMKAB-KUTIM").orElseThrow().id());
		assertThat(kutim.announcements()).extracting(AnnouncementView::title)
			.contains("Pengisian SAQ Monev KIP sudah dibuka")
			.doesNotContain("Bimbingan teknis PPID se-Kutai Kartanegara");
	}

	@Test
	void publishersSeeTheirDemoItemsOnTheirPages() {
		var admin = (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
		var kukar = (CurrentUser) users.loadUserByUsername("diskominfo@kukar.test");
		assertThat(mvc.get().uri("/admin/guidance?cycle=" + fixtures.demoCycle().id()).with(user(admin))).hasStatusOk()
			.bodyText()
			.contains("Pengisian SAQ Monev KIP sudah dibuka", "Juknis Monev KIP.pdf", "Helpdesk Monev KIP")
			.doesNotContain("Bimbingan teknis PPID se-Kutai Kartanegara");
		assertThat(mvc.get().uri("/coordinator/guidance?lang=en").with(user(kukar))).hasStatusOk()
			.bodyText()
			.contains("Announcements and guides", "Bimbingan teknis PPID se-Kutai Kartanegara")
			.doesNotContain("Pengisian SAQ Monev KIP sudah dibuka");
	}

}
