package id.monevkip.ranking.tokoh;

import java.time.Clock;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of a cycle's tokoh award: nominations open until the admin closes them; everything is locked once the
 * cycle's results are published.
 */
@Component
@RequiredArgsConstructor
class Rounds {

	private final TokohRoundRepository rounds;

	private final CycleManagement cycles;

	private final PublicationLock publication;

	private final TokohRubric rubric;

	private final Clock clock;

	/** The round of an existing cycle (404 for an unknown cycle); a fresh, unsaved one until it is closed. */
	TokohRound round(long cycleId) {
		cycles.cycle(cycleId);
		return rounds.findById(cycleId).orElseGet(() -> new TokohRound(cycleId));
	}

	boolean published(long cycleId) {
		return publication.isPublished(cycleId);
	}

	/** Refuses a change to the nominations when they are closed or the results are out. */
	void requireNominationsOpen(long cycleId) {
		requireUnpublished(cycleId);
		if (!round(cycleId).nominationsOpen()) {
			throw new BusinessException("", "tokoh.nominations.closed");
		}
	}

	void requireUnpublished(long cycleId) {
		if (published(cycleId)) {
			throw new BusinessException("", "tokoh.published");
		}
	}

	/** Closes the nominations and fixes the rubric (the default one when the admin defined none). */
	@Transactional
	void close(long cycleId, CurrentUser admin) {
		requireUnpublished(cycleId);
		var round = round(cycleId);
		rubric.fix(cycleId);
		round.close(admin.displayName(), clock.instant());
		rounds.save(round);
	}

}
