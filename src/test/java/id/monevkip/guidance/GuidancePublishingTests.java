package id.monevkip.guidance;

import id.monevkip.IntegrationTest;
import id.monevkip.shared.CurrentUser;
import id.monevkip.submission.SubmissionFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The publishing pages: a coordinator changes only its own body's items (anything else answers 404, whatever the
 * input), bad input comes back with clear messages and the typed text kept, and nothing changes then.
 */
@IntegrationTest
class GuidancePublishingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	GuidanceManagement guidance;

	@Autowired
	UserDetailsService users;

	GuidanceTree tree;

	@BeforeEach
	void grow() {
		tree = GuidanceTree.grow(fixtures);
	}

	@Test
	void coordinatorEditsAndDeletesItsOwnAnnouncement() {
		var id = announce(tree.kukarCoordinator(), tree.title("Awal"));
		assertThat(mvc.get().uri("/coordinator/guidance/announcements/{id}/edit", id).with(user(tree.kukarCoordinator())))
			.hasStatusOk()
			.bodyText()
			.contains(tree.title("Awal"));
		assertThat(mvc.post().uri("/coordinator/guidance/announcements/{id}", id).param("title", tree.title("Ubah"))
			.param("text", "Baru").with(user(tree.kukarCoordinator())).with(csrf()))
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/coordinator/guidance");
		assertThat(titles()).contains(tree.title("Ubah")).doesNotContain(tree.title("Awal"));

		assertThat(mvc.post().uri("/coordinator/guidance/announcements/{id}/delete", id)
			.with(user(tree.kukarCoordinator())).with(csrf())).hasStatus3xxRedirection();
		assertThat(titles()).doesNotContain(tree.title("Ubah"));
	}

	@Test
	void coordinatorCannotEditOrDeleteAnotherBodysItems() {
		var siblings = announce(tree.siblingCoordinator(), tree.title("Milik saudara"));
		var parents = announce(tree.kukarCoordinator(), tree.title("Milik induk"));
		var intruder = tree.siblingCoordinator();

		assertThat(mvc.get().uri("/coordinator/guidance/announcements/{id}/edit", parents).with(user(intruder)))
			.hasStatus(404);
		assertThat(mvc.post().uri("/coordinator/guidance/announcements/{id}", parents).param("title", "Dibajak")
			.param("text", "x").with(user(intruder)).with(csrf())).hasStatus(404);
		// invalid input does not reveal the item either
		assertThat(mvc.post().uri("/coordinator/guidance/announcements/{id}", parents).param("title", "")
			.param("text", "").with(user(intruder)).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/coordinator/guidance/announcements/{id}/delete", parents).with(user(intruder))
			.with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/coordinator/guidance/announcements/{id}/delete", siblings)
			.with(user(tree.kutimCoordinator())).with(csrf())).hasStatus(404);
		assertThat(titles()).contains(tree.title("Milik induk"));
	}

	@Test
	void coordinatorCannotTouchTheCommissionsItemsNorAdminPages() {
		var admin = (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
		var commission = guidance.forBody(tree.cycleId(), tree.kukarDinas().getId()).announcements().stream()
			.filter(a -> a.publisherName() == null)
			.findFirst();
		commission.ifPresent(a -> assertThat(mvc.get().uri("/coordinator/guidance/announcements/{id}/edit", a.id())
			.with(user(tree.kukarCoordinator()))).hasStatus(404));
		assertThat(mvc.get().uri("/admin/guidance").with(user(tree.kukarCoordinator()))).hasStatus(403);
		assertThat(mvc.get().uri("/coordinator/guidance").with(user(tree.respondent()))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/guidance").with(user(admin))).hasStatusOk();
		var own = announce(tree.kukarCoordinator(), tree.title("Bukan komisi"));
		assertThat(mvc.get().uri("/admin/guidance/announcements/{id}/edit", own).with(user(admin))).hasStatus(404);
	}

	@Test
	void unknownIdsAnswer404() {
		for (var kind : new String[] { "announcements", "faqs", "contacts", "guides" }) {
			assertThat(mvc.get().uri("/coordinator/guidance/" + kind + "/{id}/edit", Long.MAX_VALUE)
				.with(user(tree.kukarCoordinator()))).hasStatus(404);
			assertThat(mvc.post().uri("/coordinator/guidance/" + kind + "/{id}/delete", Long.MAX_VALUE)
				.with(user(tree.kukarCoordinator())).with(csrf())).hasStatus(404);
		}
		assertThat(mvc.get().uri("/guidance/files/{id}", Long.MAX_VALUE).with(user(tree.respondent()))).hasStatus(404);
	}

	@Test
	void emptyOrTooLongAnnouncementIsRefusedWithTheTypedTextKept() {
		var result = mvc.post().uri("/coordinator/guidance/announcements").param("title", "")
			.param("text", "Teks yang sudah diketik").param("publishAt", "2026-02-30T10:00")
			.with(user(tree.kukarCoordinator())).with(csrf());
		assertThat(result).hasStatusOk().hasViewName("guidance/announcement");
		assertThat(result).model().extractingBindingResult("form").hasFieldErrors("title", "publishAt");
		assertThat(result).bodyText().contains("Wajib diisi.", "Isi tanggal dan jam yang benar.", "Teks yang sudah diketik");

		var tooLong = mvc.post().uri("/coordinator/guidance/announcements?lang=en").param("title", tree.title("Panjang"))
			.param("text", "x".repeat(5001)).with(user(tree.kukarCoordinator())).with(csrf());
		assertThat(tooLong).hasStatusOk().bodyText().contains("Too long: at most 5000 characters.", tree.title("Panjang"));
		assertThat(titles()).doesNotContain(tree.title("Panjang"));
	}

	@Test
	void faqAndContactValidation() {
		var faq = mvc.post().uri("/coordinator/guidance/faqs").param("question", "").param("answer", "Jawaban")
			.param("sortOrder", "-1").with(user(tree.kukarCoordinator())).with(csrf());
		assertThat(faq).hasStatusOk().hasViewName("guidance/faq");
		assertThat(faq).model().extractingBindingResult("form").hasFieldErrors("question", "sortOrder");
		assertThat(faq).bodyText().contains("Isi angka dari 0 sampai 999.");

		var unreachable = mvc.post().uri("/coordinator/guidance/contacts").param("name", tree.title("Tanpa nomor"))
			.param("hours", "Senin").with(user(tree.kukarCoordinator())).with(csrf());
		assertThat(unreachable).hasStatusOk().hasViewName("guidance/contact");
		assertThat(unreachable).bodyText()
			.contains("Isi paling sedikit satu cara menghubungi: telepon, WhatsApp atau email.", tree.title("Tanpa nomor"));

		var badNumbers = mvc.post().uri("/coordinator/guidance/contacts").param("name", "Helpdesk")
			.param("phone", "telepon saya").param("email", "bukan-email").with(user(tree.kukarCoordinator())).with(csrf());
		assertThat(badNumbers).model().extractingBindingResult("form").hasFieldErrors("phone", "email");
		assertThat(guidance.forBody(tree.cycleId(), tree.kukarDinas().getId()).contacts())
			.noneMatch(c -> c.name().equals(tree.title("Tanpa nomor")));
	}

	@Test
	void publisherPageListsOnlyItsOwnItems() {
		announce(tree.kukarCoordinator(), tree.title("Punya Kukar"));
		announce(tree.siblingCoordinator(), tree.title("Punya saudara"));
		assertThat(mvc.get().uri("/coordinator/guidance").with(user(tree.kukarCoordinator()))).hasStatusOk()
			.bodyText()
			.contains(tree.title("Punya Kukar"))
			.doesNotContain(tree.title("Punya saudara"));
	}

	private long announce(CurrentUser publisher, String title) {
		assertThat(mvc.post().uri("/coordinator/guidance/announcements").param("title", title).param("text", "Isi")
			.with(user(publisher)).with(csrf())).hasStatus3xxRedirection();
		var own = guidance.forBody(tree.cycleId(), publisher.bodyId()).announcements();
		return own.stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
	}

	private java.util.List<String> titles() {
		return guidance.forBody(tree.cycleId(), tree.kukarVillage().getId()).announcements().stream()
			.map(AnnouncementView::title)
			.toList();
	}

}
