package id.monevkip.ranking.tokoh;

import java.time.Clock;

import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commissioners' choice of the tokoh (one or more) of a cycle, each with a reason, recorded with who and when.
 * It may change until the cycle's results are published; then it is locked.
 */
@Service
@RequiredArgsConstructor
class Selections {

	static final int REASON_MAX = 2000;

	private final NominationRepository nominations;

	private final Rounds rounds;

	private final Clock clock;

	@Transactional
	void select(long cycleId, long nominationId, @Nullable String reason, CurrentUser commissioner) {
		var nomination = nomination(cycleId, nominationId, commissioner);
		if (reason == null || reason.isBlank()) {
			throw new BusinessException("reason", "tokoh.selection.reasonRequired");
		}
		if (reason.length() > REASON_MAX) {
			throw new BusinessException("reason", "tokoh.selection.reasonTooLong", REASON_MAX);
		}
		nomination.select(reason, commissioner.displayName(), clock.instant());
	}

	@Transactional
	void unselect(long cycleId, long nominationId, CurrentUser commissioner) {
		nomination(cycleId, nominationId, commissioner).unselect();
	}

	private Nomination nomination(long cycleId, long nominationId, CurrentUser commissioner) {
		if (!commissioner.has(Role.COMMISSIONER)) {
			throw new NotFoundException("Selection by " + commissioner.accountId());
		}
		var nomination = nominations.findById(nominationId)
			.filter(n -> n.getCycleId() == cycleId)
			.orElseThrow(() -> new NotFoundException("Nomination " + nominationId));
		if (rounds.published(cycleId)) {
			throw new BusinessException("", "tokoh.selection.locked");
		}
		return nomination;
	}

}
