package id.monevkip.assessment.results;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import id.monevkip.assessment.DecreeView;
import id.monevkip.assessment.ResultView;
import id.monevkip.assessment.ResultsIssued;
import id.monevkip.assessment.ledger.Actor;
import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.Wita;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decree (SK penetapan) fixing a cycle's results. Issuing recomputes the results and freezes them as version
 * 1; a correction recomputes again and freezes version N+1 under a new SK number with a reason. Versions are
 * never changed, so every earlier decree stays readable and comparable. Any refusal leaves everything as it was.
 */
@Service
@RequiredArgsConstructor
public class Decrees {

	public static final int MAX_NUMBER = 100;

	public static final int MAX_TEXT = 1000;

	private final DecreeStore decrees;

	private final ResultStore rows;

	private final Results results;

	private final CycleManagement cycles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Issues version 1; refused once the cycle has a decree (a change is then a correction). */
	@Transactional
	public DecreeView issue(long cycleId, @Nullable String number, @Nullable LocalDate date, @Nullable String note,
			Actor actor) {
		cycles.cycle(cycleId);
		String sk = checkNumber(number);
		var day = checkDate(date, null);
		checkNote(note);
		var latest = decrees.latestForUpdate(cycleId);
		if (latest.isPresent()) {
			throw new BusinessException("", "results.decree.alreadyIssued", latest.get().number());
		}
		results.recompute(cycleId, actor, results.text("results.audit.issued", sk));
		return freeze(cycleId, 1, sk, day, note, null, actor);
	}

	/** Issues version N+1 after version N, with its own SK number and the reason for the correction. */
	@Transactional
	public DecreeView correct(long cycleId, @Nullable String number, @Nullable LocalDate date, @Nullable String reason,
			@Nullable String note, Actor actor) {
		cycles.cycle(cycleId);
		var latest = decrees.latestForUpdate(cycleId)
			.orElseThrow(() -> new BusinessException("", "results.decree.noneYet"));
		String sk = checkNumber(number);
		var day = checkDate(date, latest.date());
		if (reason == null || reason.isBlank()) {
			throw new BusinessException("reason", "results.decree.reasonRequired");
		}
		if (reason.strip().length() > MAX_TEXT) {
			throw new BusinessException("reason", "results.decree.reasonTooLong", MAX_TEXT);
		}
		checkNote(note);
		results.recompute(cycleId, actor, results.text("results.audit.corrected", sk, reason.strip()));
		if (rows.differences(cycleId, latest.id()) == 0) {
			throw new BusinessException("", "results.decree.unchanged", latest.version(), latest.number());
		}
		return freeze(cycleId, latest.version() + 1, sk, day, note, reason.strip(), actor);
	}

	@Transactional(readOnly = true)
	public Optional<DecreeView> latest(long cycleId) {
		return decrees.latest(cycleId);
	}

	/** Newest first. */
	@Transactional(readOnly = true)
	public List<DecreeView> versions(long cycleId) {
		return decrees.all(cycleId);
	}

	/** Every row of a decree version, by category then rank. */
	@Transactional(readOnly = true)
	public List<ResultView> rows(long cycleId, DecreeView decree) {
		return rows.page(ResultStore.Rows.DECREE, decree.id(), new Long[0], null, null, 0, Integer.MAX_VALUE);
	}

	/** One body's row of a decree version, empty when the body is not in it. */
	@Transactional(readOnly = true)
	public Optional<ResultView> row(DecreeView decree, long bodyId) {
		return rows.decreeRow(decree.id(), bodyId);
	}

	private DecreeView freeze(long cycleId, int version, String number, LocalDate date,
			@Nullable String note, @Nullable String reason, Actor actor) {
		long id;
		try {
			id = decrees.insert(cycleId, version, number, date, blankToNull(note), reason, actor, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			// another decree took the number a moment ago
			throw new BusinessException("number", "results.decree.numberTaken", number);
		}
		rows.freeze(id, cycleId);
		events.publishEvent(new ResultsIssued(cycleId, id, version));
		return decrees.version(cycleId, version).orElseThrow();
	}

	private String checkNumber(@Nullable String number) {
		if (number == null || number.isBlank()) {
			throw new BusinessException("number", "results.decree.numberRequired");
		}
		String sk = number.strip();
		if (sk.length() > MAX_NUMBER) {
			throw new BusinessException("number", "results.decree.numberTooLong", MAX_NUMBER);
		}
		if (decrees.byNumber(sk).isPresent()) {
			throw new BusinessException("number", "results.decree.numberTaken", sk);
		}
		return sk;
	}

	private LocalDate checkDate(@Nullable LocalDate date, @Nullable LocalDate previous) {
		if (date == null) {
			throw new BusinessException("date", "results.decree.dateRequired");
		}
		if (date.isAfter(LocalDate.now(clock.withZone(Wita.ZONE)))) {
			throw new BusinessException("date", "results.decree.dateFuture");
		}
		if (previous != null && date.isBefore(previous)) {
			throw new BusinessException("date", "results.decree.dateBeforePrevious",
					previous.format(DateTimeFormatter.ofPattern("d-M-yyyy")));
		}
		return date;
	}

	private static void checkNote(@Nullable String note) {
		if (note != null && note.strip().length() > MAX_TEXT) {
			throw new BusinessException("note", "results.decree.noteTooLong", MAX_TEXT);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
