package id.monevkip.ranking.open;

import java.util.List;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.ranking.RankingFixtures;
import id.monevkip.ranking.RankingFixtures.Entry;
import id.monevkip.ranking.awards.AwardWinners;
import id.monevkip.ranking.publication.Publications;
import id.monevkip.ranking.tokoh.TokohAwards;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The public award page names the winners, special awards and tokoh of a published year, and nothing before. */
@IntegrationTest
class AwardNightTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RankingFixtures fixtures;

	@Autowired
	Publications publications;

	@Autowired
	AwardWinners awards;

	@Autowired
	TokohAwards tokoh;

	@Autowired
	CycleManagement cycles;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	UserDetailsService users;

	@Autowired
	java.time.Clock clock;

	@Test
	void anUnpublishedYearHasNoAwardPageAndAPublishedYearWithoutAwardsSaysSo() {
		var cycle = fixtures.decreed(List.of(Entry.of("BUMD", "93")));

		assertThat(mvc.get().uri("/hasil/{y}/penghargaan", cycle.year())).hasStatus(404)
			.bodyText()
			.doesNotContain(cycle.bodies().get(0).getName());

		publications.publish(cycle.cycleId(), (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test"));

		assertThat(mvc.get().uri("/hasil/{y}/penghargaan", cycle.year())).hasStatusOk()
			.bodyText()
			.contains("tidak menetapkan kategori penghargaan", cycle.decree().number());
	}

	@Test
	void lastYearsDemoShowsEveryWinnerSpecialAwardAndTokoh() {
		int lastYear = clock.instant().atZone(Wita.ZONE).getYear() - 1;
		var organiser = directory.bodyByCode("KIP-KALTIM").orElseThrow();
		long cycleId = cycles.cycleOf(organiser.id(), lastYear).orElseThrow().id();
		var winners = awards.winners(cycleId);
		var special = awards.specialAwards(cycleId);
		var selected = tokoh.selected(cycleId);
		assertThat(winners).isNotEmpty();
		assertThat(special).isNotEmpty();
		assertThat(selected).isNotEmpty();

		var page = assertThat(mvc.get().uri("/hasil/{y}/penghargaan", lastYear)).hasStatusOk().bodyText();
		for (var table : winners) {
			page.contains(table.award().name().replace("&", "&amp;"));
			table.lines().forEach(w -> page.contains("/hasil/" + lastYear + "/badan/" + w.bodyCode()));
		}
		special.forEach(s -> page.contains(s.title(), s.citation()));
		selected.forEach(t -> page.contains(t.name(), t.reason()));
	}

}
