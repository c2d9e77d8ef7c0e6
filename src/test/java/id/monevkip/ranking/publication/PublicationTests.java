package id.monevkip.ranking.publication;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.assessment.AssessmentFixtures;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Commissioners publish a cycle's results once, only with a decree and an explicit confirmation; one cycle a year. */
@IntegrationTest
class PublicationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	AssessmentFixtures assessment;

	@Autowired
	Publications publications;

	@Autowired
	UserDetailsService users;

	@Autowired
	CycleManagement cycles;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	java.time.Clock clock;

	@Test
	void publishingBeforeTheDecreeIsRefusedWithAMessageAndNothingIsPublished() {
		var cycle = fixtures.scored(List.of(Entry.of("BUMD", "80")), List.of());

		assertThat(publish(cycle.cycleId(), true)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("error", "publication.noDecree");
		assertThat(publications.isPublished(cycle.cycleId())).isFalse();
		assertThat(publications.publishedYear(cycle.year())).isEmpty();
	}

	@Test
	void publishingWithoutTheConfirmationChangesNothing() {
		var cycle = fixtures.decreed(List.of(Entry.of("BUMD", "80")));

		assertThat(publish(cycle.cycleId(), false)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("error", "publication.confirmNeeded");
		assertThat(publications.isPublished(cycle.cycleId())).isFalse();
	}

	@Test
	void aCommissionerPublishesOnceAndThePageShowsWhoWhenAndThePublicAddress() {
		var cycle = fixtures.decreed(List.of(Entry.of("BUMD", "80")));

		assertThat(publish(cycle.cycleId(), true)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "publication.published");
		var published = publications.publication(cycle.cycleId()).orElseThrow();
		assertThat(published.year()).isEqualTo(cycle.year());
		assertThat(published.publishedByName()).isEqualTo(commissioner().displayName());
		assertThat(publications.publishedYear(cycle.year()).orElseThrow().cycleId()).isEqualTo(cycle.cycleId());
		assertThat(publications.publishedYears()).contains(cycle.year());
		assertThat(mvc.get().uri("/commissioner/cycles/{id}/publication", cycle.cycleId()).with(user(commissioner())))
			.hasStatusOk()
			.bodyText()
			.contains("Sudah diumumkan", "/hasil/" + cycle.year(), cycle.decree().number())
			.doesNotContain("id=\"publish-form\"");

		assertThat(publish(cycle.cycleId(), true)).flash().containsEntry("error", "publication.alreadyPublished");
	}

	@Test
	void onlyOneCycleAYearIsPublishedBecauseThePublicPagesAreAddressedByYear() {
		var first = fixtures.decreed(List.of(Entry.of("BUMD", "80")));
		var second = fixtures.scored(first.year(), List.of(Entry.of("BUMD", "70")), List.of());
		fixtures.issue(second.cycleId());
		publish(first.cycleId(), true);

		assertThat(publish(second.cycleId(), true)).flash().containsEntry("error", "publication.yearTaken");
		assertThat(publications.isPublished(second.cycleId())).isFalse();
		assertThat(publications.publishedYear(first.year()).orElseThrow().cycleId()).isEqualTo(first.cycleId());
	}

	@Test
	void adminsSeeThePublicationStateButCannotPublish() {
		var cycle = fixtures.decreed(List.of(Entry.of("BUMD", "80")));

		assertThat(mvc.get().uri("/admin/cycles/{id}/publication", cycle.cycleId()).with(user(assessment.admin())))
			.hasStatusOk()
			.bodyText()
			.contains("Belum diumumkan", "Hanya komisioner")
			.doesNotContain("id=\"publish-form\"");
		assertThat(mvc.post()
			.uri("/commissioner/cycles/{id}/publication", cycle.cycleId())
			.param("confirm", "true")
			.with(user(assessment.admin()))
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(publications.isPublished(cycle.cycleId())).isFalse();
	}

	@Test
	void theDemoPublishedLastYearsResults() {
		int lastYear = clock.instant().atZone(Wita.ZONE).getYear() - 1;
		var organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow();
		var demoCycle = cycles.cycleOf(organiser.id(), lastYear).orElseThrow();

		assertThat(publications.publishedYear(lastYear).orElseThrow().cycleId()).isEqualTo(demoCycle.id());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult publish(long cycleId, boolean confirm) {
		var request = mvc.post().uri("/commissioner/cycles/{id}/publication", cycleId).with(user(commissioner())).with(csrf());
		if (confirm) {
			request = request.param("confirm", "true");
		}
		return request.exchange();
	}

	private CurrentUser commissioner() {
		return (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
	}

}
