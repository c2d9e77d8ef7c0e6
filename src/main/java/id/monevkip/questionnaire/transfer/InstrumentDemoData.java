package id.monevkip.questionnaire.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.cycle.CycleView;
import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.questionnaire.builder.InstrumentRepository;
import id.monevkip.questionnaire.builder.InstrumentService;
import id.monevkip.shared.RuntimeMode;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo installation's instruments: the shipped Badan Publik SAQ for every non-village category and the
 * Desa SAQ for the village categories, imported through the same importer admins use and published, in every
 * cycle the demo has. Runs after the cycle demo and only while no instrument exists, so it never touches what
 * users built.
 */
@Slf4j
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
@RequiredArgsConstructor
class InstrumentDemoData implements ApplicationRunner {

	static final String BADAN_PUBLIK = "instruments/badan-publik-saq.json";

	static final String DESA = "instruments/desa-saq.json";

	private final RuntimeMode mode;

	private final InstrumentRepository repository;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final TransferService transfers;

	private final InstrumentService instruments;

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.demo() || repository.count() > 0) {
			return;
		}
		var all = cycles.all();
		all.stream().map(CycleView::id).forEach(this::seed);
		if (!all.isEmpty()) {
			log.info("Demo instruments published in {} cycle(s)", all.size());
		}
	}

	/** Both default instruments in one cycle, published. */
	void seed(long cycleId) {
		var categories = directory.categories().stream().filter(CategoryView::active).toList();
		Set<Long> regular = categories.stream().filter(c -> !c.village()).map(CategoryView::id).collect(Collectors.toSet());
		Set<Long> village = categories.stream().filter(CategoryView::village).map(CategoryView::id).collect(Collectors.toSet());
		if (!regular.isEmpty()) {
			instruments.publishAsSeed(transfers.importFile(cycleId, regular, read(BADAN_PUBLIK)));
		}
		if (!village.isEmpty()) {
			instruments.publishAsSeed(transfers.importFile(cycleId, village, read(DESA)));
		}
	}

	static byte[] read(String resource) {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
