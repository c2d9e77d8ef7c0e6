package id.monevkip.cycle.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.cycle.Cycle;
import id.monevkip.cycle.CycleCopied;
import id.monevkip.cycle.CycleRepository;
import id.monevkip.cycle.CycleRuleException;
import id.monevkip.cycle.CycleView;
import id.monevkip.cycle.Stage;
import id.monevkip.cycle.internal.Participant;
import id.monevkip.cycle.internal.ParticipantRepository;
import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, revising and copying cycles. The rules themselves live in {@link Cycle}; this class resolves the
 * organiser, keeps one cycle per organiser and year, and copies the participants along with the timetable.
 */
@Service
@RequiredArgsConstructor
@Transactional
class CycleService {

	/** The demo organiser, offered as default when it exists. */
	static final String DEFAULT_ORGANISER = "KIP-KALTIM";

	private final CycleRepository cycles;

	private final ParticipantRepository participants;

	private final DirectoryManagement directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<CycleRow> list() {
		Map<Long, Long> counts = participants.countPerCycle()
			.stream()
			.collect(Collectors.toMap(ParticipantRepository.CycleCount::getCycleId,
					ParticipantRepository.CycleCount::getTotal));
		var now = clock.instant();
		return cycles.findAllByOrderByYearDesc()
			.stream()
			.map(c -> new CycleRow(c.getId(), c.getYear(), c.getAssessedYear(), c.getTitle(),
					c.currentStage(now).orElse(null), counts.getOrDefault(c.getId(), 0L)))
			.toList();
	}

	@Transactional(readOnly = true)
	CycleView get(long id) {
		return CycleView.of(find(id));
	}

	@Transactional
	void showSelfScore(long id, boolean visible) {
		find(id).showSelfScore(visible);
	}

	@Transactional(readOnly = true)
	boolean locked(long id) {
		return find(id).saqHasOpened(clock.instant());
	}

	@Transactional(readOnly = true)
	@Nullable Stage currentStage(long id) {
		return find(id).currentStage(clock.instant()).orElse(null);
	}

	@Transactional(readOnly = true)
	String organiserCode(long id) {
		long organiserId = find(id).getOrganiserBodyId();
		return directory.bodies(List.of(organiserId)).stream().map(BodyView::code).findFirst().orElse("");
	}

	@Transactional(readOnly = true)
	@Nullable String defaultOrganiserCode() {
		return directory.bodyByCode(DEFAULT_ORGANISER).map(BodyView::code).orElse(null);
	}

	/** @throws CycleRuleException when timetable or policy break a rule; nothing is saved then */
	long create(SaveCycle command) {
		var organiser = directory.bodyByCode(command.organiserCode())
			.orElseThrow(() -> new BusinessException("organiserCode", "cycles.error.organiserUnknown",
					command.organiserCode()));
		if (cycles.findByOrganiserBodyIdAndYear(organiser.id(), command.year()).isPresent()) {
			throw new BusinessException("year", "cycles.error.yearTaken", command.year());
		}
		var cycle = new Cycle(command.year(), command.title(), organiser.id(), command.windows(), command.policy(),
				clock.instant());
		cycle.blockBrokenLinks(command.brokenLinksBlock(), clock.instant());
		return cycles.save(cycle).getId();
	}

	/**
	 * @throws CycleRuleException when the SAQ has opened or the new timetable or policy breaks a rule
	 * @throws ObjectOptimisticLockingFailureException when someone saved the cycle after the form was opened
	 */
	void update(long id, SaveCycle command, long expectedVersion) {
		var cycle = find(id);
		if (cycle.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Cycle.class, id);
		}
		cycle.revise(command.title(), command.windows(), command.policy(), clock.instant());
		cycle.blockBrokenLinks(command.brokenLinksBlock(), clock.instant());
	}

	/** Next year's cycle with the same timetable a year later, the same policy and the same participants. */
	long copyToNextYear(long sourceId) {
		var source = find(sourceId);
		int year = source.getYear() + 1;
		if (cycles.findByOrganiserBodyIdAndYear(source.getOrganiserBodyId(), year).isPresent()) {
			throw new BusinessException("year", "cycles.error.yearTaken", year);
		}
		var now = clock.instant();
		var copy = cycles.save(source.copyForNextYear("Monev KIP " + year, now));
		participants.saveAll(participants.findByCycleId(sourceId)
			.stream()
			.map(p -> new Participant(copy.getId(), p.getBodyId(), p.getCategoryId(), now))
			.toList());
		events.publishEvent(new CycleCopied(sourceId, copy.getId()));
		return copy.getId();
	}

	private Cycle find(long id) {
		return cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle " + id));
	}

}
