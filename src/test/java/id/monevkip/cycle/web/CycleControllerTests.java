package id.monevkip.cycle.web;

import id.monevkip.IntegrationTest;
import id.monevkip.cycle.CycleCopied;
import id.monevkip.cycle.CycleFixtures;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.ParticipantView;
import id.monevkip.cycle.Stage;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import id.monevkip.shared.Wita;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@RecordApplicationEvents
class CycleControllerTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	CycleRepository cycles;

	@Autowired
	CycleManagement management;

	@Autowired
	ParticipantService participants;

	CurrentUser admin;

	@BeforeEach
	void setUp() {
		admin = fixtures.admin();
	}

	@Test
	void copyFromLastYearShiftsEveryWindowByOneYearInWitaAndCopiesPolicyAndParticipants() {
		var source = fixtures.cycle(2050);
		var body = fixtures.body("COPY", "PD_KABKOTA");
		participants.addBody(source.getId(), body.getCode(), fixtures.category("BUMD").getId());

		var result = mvc.post().uri("/admin/cycles/" + source.getId() + "/copy").with(user(admin)).with(csrf()).exchange();

		var copy = cycles.findByOrganiserBodyIdAndYear(fixtures.organiserId(), 2051).orElseThrow();
		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/cycles/" + copy.getId() + "/edit");
		assertThat(copy.getTitle()).isEqualTo("Monev KIP 2051");
		assertThat(copy.getCopiedFromId()).isEqualTo(source.getId());
		assertThat(copy.getWindows()).hasSameSizeAs(source.getWindows());
		for (var window : source.getWindows()) {
			var shifted = copy.window(window.getStage()).orElseThrow();
			assertThat(shifted.getOpensAt().atZone(Wita.ZONE))
				.isEqualTo(window.getOpensAt().atZone(Wita.ZONE).plusYears(1));
			assertThat(shifted.getClosesAt().atZone(Wita.ZONE))
				.isEqualTo(window.getClosesAt().atZone(Wita.ZONE).plusYears(1));
		}
		assertThat(copy.policy()).isEqualTo(fixtures.reload(source.getId()).policy());
		assertThat(management.participants(copy.getId()))
			.containsExactly(new ParticipantView(body.getId(), fixtures.category("BUMD").getId()));
		assertThat(events.stream(CycleCopied.class)).containsExactly(new CycleCopied(source.getId(), copy.getId()));
	}

	@Test
	void copyingOntoAnExistingYearIsRefusedWithAMessage() {
		var source = fixtures.cycle(2052);
		fixtures.cycle(2053);

		var result = mvc.post().uri("/admin/cycles/" + source.getId() + "/copy").with(user(admin)).with(csrf()).exchange();

		assertThat(result).hasStatus3xxRedirection().flash().containsEntry("error", "cycles.error.yearTaken");
	}

	@Test
	void onlyAdministratorsReachTheCyclePages() {
		var commissioner = new CurrentUser(admin.accountId(), admin.email(), admin.displayName(), admin.passwordHash(),
				null, java.util.Set.of(Role.COMMISSIONER), true, false, false);

		assertThat(mvc.get().uri("/admin/cycles").with(user(commissioner))).hasStatus(403);
		assertThat(mvc.post().uri("/admin/cycles/1/copy").with(user(commissioner)).with(csrf())).hasStatus(403);
	}

	@Test
	void calendarShowsTheWindowsInWita() {
		var cycle = fixtures.cycle(2054);

		var page = mvc.get().uri("/admin/cycles/" + cycle.getId()).with(user(admin)).exchange();

		// SAQ opens 1 April 2054 08:00 WITA, which is 00:00 UTC.
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("Pengisian SAQ", "1 Apr 2054 08:00", "15 Mei 2054 23:59", "Malam Anugerah", "Desember 2054");
	}

	@Test
	void listShowsTheCurrentStageDerivedFromTheClock() {
		var cycle = fixtures.runningCycle(2055);

		var page = mvc.get().uri("/admin/cycles").with(user(admin)).exchange();

		assertThat(page).hasStatusOk().bodyText().contains(cycle.getTitle());
		assertThat(management.currentStage(cycle.getId())).contains(Stage.SAQ);
	}

}
