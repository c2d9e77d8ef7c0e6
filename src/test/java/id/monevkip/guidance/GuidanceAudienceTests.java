package id.monevkip.guidance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.guidance.internal.Publishing;
import id.monevkip.guidance.internal.Zone;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
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
 * Who is told what: the commission's items reach every participant of the cycle, a coordinator's items its own body
 * and every body below it, never another tree or a sibling's subtree; announcements count from their publish time.
 */
@IntegrationTest
class GuidanceAudienceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SubmissionFixtures fixtures;

	@Autowired
	GuidanceManagement guidance;

	@Autowired
	Publishing publishing;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	GuidanceTree tree;

	@BeforeEach
	void grow() {
		tree = GuidanceTree.grow(fixtures);
	}

	@Test
	void commissionItemReachesEveryParticipantOfTheCycleButNoOutsider() {
		var admin = (CurrentUser) users.loadUserByUsername("admin@kipkaltim.test");
		var title = tree.title("Pengumuman Komisi");
		announce("/admin/guidance/announcements?cycle=" + tree.cycleId(), admin, title);

		assertThat(titles(tree.kukarDinas().getId())).contains(title);
		assertThat(titles(tree.kutimDinas().getId())).contains(title);
		assertThat(titles(tree.kukarVillage().getId())).contains(title);
		var outsider = fixtures.outsider();
		assertThat(guidance.forBody(tree.cycleId(), outsider.getId()).announcements())
			.noneMatch(a -> a.title().equals(title));

		// leave the demo cycle as it was for the demo respondents of other tests
		var id = guidance.forBody(tree.cycleId(), tree.kukarDinas().getId()).announcements().stream()
			.filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
		assertThat(mvc.post().uri("/admin/guidance/announcements/{id}/delete", id).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(titles(tree.kukarDinas().getId())).doesNotContain(title);
	}

	@Test
	void kukarCoordinatorsItemReachesItsSubtreeButNeverKutaiTimur() {
		var title = tree.title("Bimtek Kukar");
		announce("/coordinator/guidance/announcements", tree.kukarCoordinator(), title);

		assertThat(titles(tree.kukar().getId())).contains(title);
		assertThat(titles(tree.kukarDinas().getId())).contains(title);
		assertThat(titles(tree.kukarVillage().getId())).contains(title);
		assertThat(titles(tree.kutim().getId())).doesNotContain(title);
		assertThat(titles(tree.kutimDinas().getId())).doesNotContain(title);
	}

	@Test
	void siblingAndOtherTreeCoordinatorsItemsNeverShow() {
		var siblings = tree.title("Rapat dinas saudara");
		var kutims = tree.title("Rapat Kutim");
		announce("/coordinator/guidance/announcements", tree.siblingCoordinator(), siblings);
		announce("/coordinator/guidance/announcements", tree.kutimCoordinator(), kutims);

		assertThat(titles(tree.kukarDinas().getId())).doesNotContain(siblings, kutims);
		assertThat(titles(tree.kukarVillage().getId())).doesNotContain(siblings, kutims);
		assertThat(titles(tree.kukar().getId())).doesNotContain(siblings, kutims);
		assertThat(titles(tree.sibling().getId())).contains(siblings).doesNotContain(kutims);
		assertThat(titles(tree.kutimDinas().getId())).contains(kutims).doesNotContain(siblings);
	}

	@Test
	void faqGuideAndContactFollowTheSameAudience() {
		var coordinator = tree.kukarCoordinator();
		assertThat(mvc.post().uri("/coordinator/guidance/faqs").param("question", tree.title("Tanya"))
			.param("answer", "Jawab").param("sortOrder", "5").with(user(coordinator)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/coordinator/guidance/contacts").param("name", tree.title("Helpdesk"))
			.param("email", "helpdesk@kukar.test").with(user(coordinator)).with(csrf()))
			.hasStatus3xxRedirection();

		var below = guidance.forBody(tree.cycleId(), tree.kukarVillage().getId());
		assertThat(below.faqs()).anyMatch(f -> f.question().equals(tree.title("Tanya")));
		assertThat(below.contacts()).anyMatch(c -> c.name().equals(tree.title("Helpdesk")));
		var elsewhere = guidance.forBody(tree.cycleId(), tree.kutimDinas().getId());
		assertThat(elsewhere.faqs()).noneMatch(f -> f.question().equals(tree.title("Tanya")));
		assertThat(elsewhere.contacts()).noneMatch(c -> c.name().equals(tree.title("Helpdesk")));
	}

	@Test
	void scheduledAnnouncementShowsOnlyFromItsPublishTimeButItsPublisherSeesItAtOnce() {
		var later = daysFromNow(3);
		var title = tree.title("Jadwal visitasi");
		assertThat(mvc.post().uri("/coordinator/guidance/announcements").param("title", title).param("text", "Segera")
			.param("publishAt", later.toString()).with(user(tree.kukarCoordinator())).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(titles(tree.kukarDinas().getId())).doesNotContain(title);
		var own = publishing.page(publishing.publisher(tree.kukarCoordinator(), Zone.COORDINATOR, null).orElseThrow());
		assertThat(own.items().announcements()).anyMatch(a -> a.title().equals(title) && a.scheduled());
		assertThat(mvc.get().uri("/coordinator/guidance").with(user(tree.kukarCoordinator()))).hasStatusOk()
			.bodyText()
			.contains(title, "Terjadwal");
	}

	@Test
	void pinnedAnnouncementsComeFirstThenTheNewest() {
		var coordinator = tree.kukarCoordinator();
		announce("/coordinator/guidance/announcements", coordinator, tree.title("Lama"));
		assertThat(mvc.post().uri("/coordinator/guidance/announcements").param("title", tree.title("Penting"))
			.param("text", "Baca").param("pinned", "true")
			.param("publishAt", daysFromNow(-2).toString())
			.with(user(coordinator)).with(csrf())).hasStatus3xxRedirection();
		announce("/coordinator/guidance/announcements", coordinator, tree.title("Baru"));

		var own = guidance.forBody(tree.cycleId(), tree.kukarDinas().getId()).announcements().stream()
			.map(AnnouncementView::title)
			.filter(t -> t.endsWith(tree.tag()))
			.toList();
		assertThat(own).containsExactly(tree.title("Penting"), tree.title("Baru"), tree.title("Lama"));
	}

	/** A day relative to now, to the minute, in WITA as the form takes it. */
	private LocalDateTime daysFromNow(int days) {
		return LocalDateTime.ofInstant(clock.instant(), Wita.ZONE).plusDays(days).withSecond(0).withNano(0);
	}

	private void announce(String url, CurrentUser publisher, String title) {
		assertThat(mvc.post().uri(url).param("title", title).param("text", "Baris satu\nBaris dua")
			.with(user(publisher)).with(csrf())).hasStatus3xxRedirection();
	}

	private List<String> titles(long bodyId) {
		return guidance.forBody(tree.cycleId(), bodyId).announcements().stream().map(AnnouncementView::title).toList();
	}

}
