package id.monevkip.evidence.link;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import id.monevkip.IntegrationTest;
import id.monevkip.directory.PpidType;
import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.evidence.EvidenceLinks;
import id.monevkip.evidence.LinkStatus;
import id.monevkip.evidence.LinkView;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class EvidenceLinkPageTests {

	final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PublicBodyRepository bodies;

	@Autowired
	BodyCategoryRepository categories;

	@Autowired
	AccountRepository accounts;

	@Autowired
	EvidenceLinkRepository links;

	@Autowired
	EvidenceLinks service;

	@Autowired
	Clock clock;

	CurrentUser respondent;

	CurrentUser stranger;

	@BeforeEach
	void setUp() {
		respondent = respondentOf(body("A"));
		stranger = respondentOf(body("B"));
	}

	@Test
	void aRespondentAddsALinkOnThePageAndSeesItWhileItIsCheckedInTheBackground() {
		var result = mvc.post()
			.uri("/evidence/links")
			.param("url", " https://ppid.example.test/laporan-2026 ")
			.param("title", "Laporan layanan 2026")
			.with(user(respondent))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/evidence/links");
		var saved = links.findByBodyIdOrderByTitleAscIdAsc(respondent.bodyId());
		assertThat(saved).singleElement().satisfies(link -> {
			assertThat(link.getUrl()).isEqualTo("https://ppid.example.test/laporan-2026");
			assertThat(link.getTitle()).isEqualTo("Laporan layanan 2026");
			assertThat(link.getCreatedByAccountId()).isEqualTo(respondent.accountId());
			// checked in the background as soon as it is added: not yet, or already found unreachable (no such host)
			assertThat(link.getLastStatus() == null || link.getLastStatus().name().equals("BROKEN"))
				.as("status %s", link.getLastStatus()).isTrue();
		});
		assertThat(mvc.get().uri("/evidence/links").with(user(respondent))).hasStatusOk()
			.bodyText()
			// the background check may already have answered by now: the page shows the link either way
			.contains("Laporan layanan 2026", "https://ppid.example.test/laporan-2026", "Periksa sekarang");
	}

	@Test
	void addingTheSameUrlTwiceKeepsOneLink() {
		var first = service.add(respondent, respondent.bodyId(), "https://ppid.example.test/a", "A");
		var second = service.add(respondent, respondent.bodyId(), "https://ppid.example.test/a", "Lain");

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(links.findByBodyIdOrderByTitleAscIdAsc(respondent.bodyId())).hasSize(1);
	}

	@Test
	void checkingNowStoresTheOutcomeAndAnInternalAddressIsRefusedWithoutConnecting() {
		var link = service.add(respondent, respondent.bodyId(), "http://127.0.0.1:9/rahasia", "Internal");

		var result = mvc.post()
			.uri("/evidence/links/" + link.id() + "/check")
			.with(user(respondent))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/evidence/links");
		assertThat(links.findById(link.id()).orElseThrow().getLastStatus()).isEqualTo(LinkStatus.REFUSED);
		assertThat(links.findById(link.id()).orElseThrow().getLastCheckedAt()).isNotNull();
		assertThat(mvc.get().uri("/evidence/links").with(user(respondent))).hasStatusOk()
			.bodyText()
			.contains("Ditolak: alamat jaringan internal", "WITA");
	}

	@Test
	void anotherBodysRespondentGets404OnCheckAndRemoveAndDoesNotSeeTheLink() {
		var link = service.add(respondent, respondent.bodyId(), "https://ppid.example.test/b", "Milik A");

		assertThat(mvc.post().uri("/evidence/links/" + link.id() + "/check").with(user(stranger)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/evidence/links/" + link.id() + "/remove").with(user(stranger)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.get().uri("/evidence/links").with(user(stranger))).hasStatusOk()
			.bodyText()
			.doesNotContain("Milik A");
		// the stranger's remove did nothing (its check is not told apart from the background check on adding)
		assertThat(links.findById(link.id())).isPresent();
	}

	@Test
	void checkAllStoresTheOutcomeOfEveryLinkAndThePageWarnsAboutBrokenOnes() {
		service.add(respondent, respondent.bodyId(), "http://10.0.0.1/internal", "Satu");
		service.add(respondent, respondent.bodyId(), "http://169.254.169.254/latest/meta-data/", "Dua");

		var checked = service.checkAll(respondent.bodyId());

		assertThat(checked).extracting(LinkView::title, LinkView::lastStatus)
			.containsExactly(tuple("Dua", LinkStatus.REFUSED),
					tuple("Satu", LinkStatus.REFUSED));
		assertThat(checked).allMatch(LinkView::broken);
		assertThat(mvc.get().uri("/evidence/links").with(user(respondent))).hasStatusOk()
			.bodyText()
			.contains("Ada 2 tautan yang tidak dapat dibuka.");
	}

	@Test
	void theOwnerRemovesALink() {
		var link = service.add(respondent, respondent.bodyId(), "https://ppid.example.test/c", "Hapus saya");

		assertThat(mvc.post().uri("/evidence/links/" + link.id() + "/remove").with(user(respondent)).with(csrf()))
			.hasStatus3xxRedirection();

		assertThat(links.findById(link.id())).isEmpty();
	}

	@Test
	void anFtpOrSpacedAddressIsAFieldErrorInIndonesianAndEnglish() {
		for (var url : new String[] { "ftp://ppid.example.test/file", "https://ppid example.test/x" }) {
			assertThat(mvc.post().uri("/evidence/links").param("url", url).param("title", "Salah")
				.with(user(respondent)).with(csrf()))
				.hasStatusOk()
				.bodyText()
				.contains("Alamat harus diawali http:// atau https:// dan tidak boleh berisi spasi.");
			assertThat(mvc.post().uri("/evidence/links?lang=en").param("url", url).param("title", "Wrong")
				.with(user(respondent)).with(csrf()))
				.hasStatusOk()
				.bodyText()
				.contains("The address must start with http:// or https:// and must not contain spaces.");
		}
		assertThat(links.findByBodyIdOrderByTitleAscIdAsc(respondent.bodyId())).isEmpty();
	}

	private long body(String name) {
		var details = new PublicBody.Details("Badan Tautan " + tag + " " + name,
				categories.findByCode("PD_KABKOTA").orElseThrow(), null, PpidType.UTAMA, null, null, null, null);
		var body = bodies.save(new PublicBody("L" + tag + "-" + name, details, clock.instant()));
		body.placeUnder(null);
		return bodies.save(body).getId();
	}

	private CurrentUser respondentOf(long bodyId) {
		var account = new Account("respondent-" + UUID.randomUUID() + "@links.test",
				new Account.Profile("Responden " + tag, null, null, Set.of(Role.RESPONDENT),
						bodies.findById(bodyId).orElseThrow()),
				clock.instant());
		account.setPassword("{noop}not-used", false);
		var saved = accounts.save(account);
		return new CurrentUser(saved.getId(), saved.getEmail(), saved.getDisplayName(), "{noop}not-used", bodyId,
				Set.of(Role.RESPONDENT), true, false, false);
	}

}
