package id.monevkip.cycle;

import java.time.Clock;
import java.util.List;

import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about cycles: their timetable, their policy and whether the SAQ has opened. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CycleManagement {

	private final CycleRepository cycles;

	private final Clock clock;

	public CycleView cycle(long cycleId) {
		return cycles.findById(cycleId).map(CycleView::of).orElseThrow(() -> new NotFoundException("Cycle " + cycleId));
	}

	/** Newest first. */
	public List<CycleView> all() {
		return cycles.findAllByOrderByYearDesc().stream().map(CycleView::of).toList();
	}

	/** Once the SAQ window has opened, instruments and rules of the cycle are frozen. */
	public boolean saqHasOpened(long cycleId) {
		return cycles.findById(cycleId)
			.orElseThrow(() -> new NotFoundException("Cycle " + cycleId))
			.saqHasOpened(clock.instant());
	}

}
