package id.monevkip.cycle;

import java.time.Clock;
import java.util.Optional;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.RuntimeMode;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The demo organiser's cycles, for the demo loaders of every module: last year's finished cycle and this year's
 * running one. Only the demo organiser's: an installation (and the test suite) may hold other organisers' cycles of
 * the same years. Empty outside a demo installation, so a loader asking here needs no check of its own.
 */
@Component
@RequiredArgsConstructor
public class DemoCycles {

	/** The commission the demo data set is built around. */
	public static final String ORGANISER = "KIP-KALTIM";

	private final RuntimeMode mode;

	private final DirectoryManagement directory;

	private final CycleManagement cycles;

	private final Clock clock;

	/** Last year's cycle (finished in the demo), if this is a demo installation and it exists. */
	public Optional<CycleView> lastYear() {
		return yearsAgo(1);
	}

	/** This year's cycle (running in the demo), if this is a demo installation and it exists. */
	public Optional<CycleView> thisYear() {
		return yearsAgo(0);
	}

	private Optional<CycleView> yearsAgo(int years) {
		if (!mode.demo()) {
			return Optional.empty();
		}
		int year = clock.instant().atZone(Wita.ZONE).getYear() - years;
		return directory.bodyByCode(ORGANISER).flatMap(organiser -> cycles.cycleOf(organiser.id(), year));
	}

}
