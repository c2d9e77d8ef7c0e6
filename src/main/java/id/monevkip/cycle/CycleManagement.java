package id.monevkip.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.monevkip.cycle.internal.Extension;
import id.monevkip.cycle.internal.ExtensionRepository;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about cycles: their timetable, policy, participants and deadlines. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CycleManagement {

	private final CycleRepository cycles;

	private final ParticipantRepository participants;

	private final ExtensionRepository extensions;

	private final Clock clock;

	public CycleView cycle(long cycleId) {
		return CycleView.of(find(cycleId));
	}

	/** An organiser's cycle of a year (there is at most one). */
	public Optional<CycleView> cycleOf(long organiserBodyId, int year) {
		return cycles.findByOrganiserBodyIdAndYear(organiserBodyId, year).map(CycleView::of);
	}

	/** Newest first. */
	public List<CycleView> all() {
		return cycles.findAllByOrderByYearDesc().stream().map(CycleView::of).toList();
	}

	/** The cycles a body takes part in, newest first. */
	public List<CycleView> cyclesOf(long bodyId) {
		return cycles.findAllById(participants.cycleIdsOfBody(bodyId))
			.stream()
			.sorted(Comparator.comparing(Cycle::getYear).reversed())
			.map(CycleView::of)
			.toList();
	}

	/** The cycle running today (between its first opening and its last closing), else the latest one. */
	public Optional<CycleView> current() {
		var now = clock.instant();
		var all = cycles.findAllByOrderByYearDesc();
		return all.stream()
			.filter(cycle -> runsAt(cycle, now))
			.findFirst()
			.or(() -> all.stream().findFirst())
			.map(CycleView::of);
	}

	/**
	 * The cycle a body works in now: of the cycles it takes part in, the one running today (the latest year when
	 * several organisers run one at once), else its latest. Empty when the body takes part in none.
	 */
	public Optional<CycleView> currentFor(long bodyId) {
		var ids = participants.cycleIdsOfBody(bodyId);
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		var now = clock.instant();
		var mine = cycles.findAllById(ids).stream().sorted(Comparator.comparing(Cycle::getYear).reversed()).toList();
		return mine.stream()
			.filter(cycle -> runsAt(cycle, now))
			.findFirst()
			.or(() -> mine.stream().findFirst())
			.map(CycleView::of);
	}

	/** The most advanced stage open now, if any. */
	public Optional<Stage> currentStage(long cycleId) {
		return find(cycleId).currentStage(clock.instant());
	}

	/** Once the SAQ window has opened, instruments and rules of the cycle are frozen. */
	public boolean saqHasOpened(long cycleId) {
		return find(cycleId).saqHasOpened(clock.instant());
	}

	public List<ParticipantView> participants(long cycleId) {
		return participants.views(cycleId);
	}

	/** The body's place in the cycle (with the category it competes in), if it takes part. */
	public Optional<ParticipantView> participant(long cycleId, long bodyId) {
		return participants.findByCycleIdAndBodyId(cycleId, bodyId)
			.map(p -> new ParticipantView(p.getBodyId(), p.getCategoryId()));
	}

	public boolean isParticipant(long cycleId, long bodyId) {
		return participants.existsByCycleIdAndBodyId(cycleId, bodyId);
	}

	/**
	 * When the stage really closes for this body competing in this category: the window's close or the latest
	 * extension granted to the body or its category, whichever is later. Empty when the cycle has no such stage.
	 */
	public Optional<Instant> closesAtFor(long cycleId, Stage stage, long bodyId, long categoryId) {
		var window = find(cycleId).window(stage);
		if (window.isEmpty()) {
			return Optional.empty();
		}
		Instant latest = extensions.findByCycleIdAndStage(cycleId, stage)
			.stream()
			.filter(extension -> extension.appliesTo(bodyId, categoryId))
			.map(Extension::getClosesAt)
			.max(Comparator.naturalOrder())
			.filter(closes -> closes.isAfter(window.get().getClosesAt()))
			.orElse(window.get().getClosesAt());
		return Optional.of(latest);
	}

	/**
	 * {@link #closesAtFor} for many participants at once (two queries), by body id; empty when the cycle has no
	 * such stage.
	 */
	public Map<Long, Instant> closesAtFor(long cycleId, Stage stage, Collection<ParticipantView> bodies) {
		var window = find(cycleId).window(stage);
		if (window.isEmpty()) {
			return Map.of();
		}
		var closes = window.get().getClosesAt();
		var granted = extensions.findByCycleIdAndStage(cycleId, stage);
		var result = new HashMap<Long, Instant>();
		for (var p : bodies) {
			result.put(p.bodyId(), granted.stream()
				.filter(extension -> extension.appliesTo(p.bodyId(), p.categoryId()))
				.map(Extension::getClosesAt)
				.filter(at -> at.isAfter(closes))
				.max(Comparator.naturalOrder())
				.orElse(closes));
		}
		return result;
	}

	private Cycle find(long cycleId) {
		return cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Cycle " + cycleId));
	}

	private static boolean runsAt(Cycle cycle, Instant now) {
		var first = cycle.getWindows().stream().map(StageWindow::getOpensAt).min(Comparator.naturalOrder());
		var last = cycle.getWindows().stream().map(StageWindow::getClosesAt).max(Comparator.naturalOrder());
		return first.isPresent() && !now.isBefore(first.get()) && now.isBefore(last.get());
	}

}
