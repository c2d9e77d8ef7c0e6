package id.monevkip.ranking.awards;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.DemoCycles;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.ApplicationClock;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's award categories (KI Kaltim's, with PD Kab/Kota nominating the three best per kabupaten/kota) on last
 * year's decreed cycle and on the running one, and one special award last year, chosen by the demo commissioner
 * after the decree. Skips a cycle that already has award categories; demo installations only.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 80)
@RequiredArgsConstructor
class AwardsDemo implements ApplicationRunner {

	/** Name, body category codes, winners, top per regency (0 = none). */
	private record Award(String name, List<String> categories, int winners, int topPerRegency) {
	}

	private static final List<Award> AWARDS = List.of(
			new Award("Pemerintah Kabupaten/Kota", List.of("PEMKAB_PEMKOT"), 3, 0),
			new Award("Badan Publik OPD Provinsi", List.of("PD_PROVINSI"), 3, 0),
			new Award("PD Kab/Kota", List.of("PD_KABKOTA"), 3, 3),
			new Award("Instansi Vertikal", List.of("VERTIKAL_PROVINSI", "VERTIKAL_KABKOTA"), 3, 0),
			new Award("Penyelenggara Pemilu dan Yudikatif", List.of("PENYELENGGARA_PEMILU", "YUDIKATIF_KABKOTA"), 3, 0),
			new Award("BUMD dan BLUD", List.of("BUMD", "BLUD"), 3, 0),
			new Award("Badan Publik Khusus", List.of("BP_KHUSUS_PROVINSI", "BP_KHUSUS_KABKOTA"), 1, 0),
			new Award("Pemerintah Desa", List.of("DESA"), 3, 0));

	private final DemoCycles demoCycles;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final ResultsManagement results;

	private final AwardConfiguration configuration;

	private final SpecialAwards specials;

	private final UserDetailsService users;

	private final ApplicationClock clock;

	@Override
	public void run(ApplicationArguments args) {
		// last year's awards were set up in the week before its decree, which then fixed them
		demoCycles.lastYear().ifPresent(cycle -> results.decrees(cycle.id()).stream().reduce((newer, older) -> older)
			.ifPresent(first -> {
				clock.replay(first.issuedAt().minus(Duration.ofDays(5)), () -> define(cycle));
				clock.replay(first.issuedAt().minus(Duration.ofDays(2)), () -> special(cycle));
			}));
		demoCycles.thisYear().ifPresent(this::define);
	}

	private void define(CycleView cycle) {
		if (!configuration.categories(cycle.id()).isEmpty()) {
			return;
		}
		Map<String, Long> ids = directory.categories()
			.stream()
			.collect(Collectors.toMap(CategoryView::code, CategoryView::id));
		int order = 10;
		for (var award : AWARDS) {
			var categories = award.categories().stream().filter(ids::containsKey).map(ids::get).toList();
			if (categories.isEmpty()) {
				continue;
			}
			var form = new AwardForm(award.name(), Integer.toString(award.winners()),
					award.topPerRegency() == 0 ? null : Integer.toString(award.topPerRegency()), Integer.toString(order),
					categories);
			var problems = configuration.save(cycle.id(), null, form);
			if (!problems.isEmpty()) {
				log.warn("Demo award category {} not saved: {}", award.name(), problems);
			}
			order += 10;
		}
		log.info("Demo award categories defined for {}", cycle.title());
	}

	private void special(CycleView cycle) {
		if (!specials.of(cycle.id()).isEmpty()) {
			return;
		}
		var body = directory.bodyByCode("KUKAR-DISKOMINFO").filter(b -> cycles.isParticipant(cycle.id(), b.id()));
		if (body.isEmpty()) {
			return;
		}
		var commissioner = (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
		var form = new SpecialAwardForm("Penghargaan Khusus Inovasi Layanan Informasi", body.get().id(),
				"Atas prakarsa layanan informasi publik keliling ke kecamatan dan desa, yang mendekatkan hak atas "
						+ "informasi kepada warga di pedalaman Kutai Kartanegara.");
		var problems = specials.add(cycle.id(), form, commissioner);
		if (!problems.isEmpty()) {
			log.warn("Demo special award not saved: {}", problems);
		}
	}

}
