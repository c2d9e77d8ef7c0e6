package id.monevkip.ranking.awards;

import java.time.Clock;

import id.monevkip.assessment.ResultsManagement;
import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Award categories and special awards change until the results decree is issued, then they are fixed: the decree
 * names the winners, so changing a winners count or a mapping afterwards would change who won without a new SK. A
 * corrected decree changes the winners the only legitimate way. Judged at the clock's time, so the demo's replay of
 * last year can set up its awards before its decree.
 */
@Component
@RequiredArgsConstructor
class AwardLock {

	private final ResultsManagement results;

	private final Clock clock;

	boolean locked(long cycleId) {
		var now = clock.instant();
		return results.decrees(cycleId).stream().anyMatch(decree -> !decree.issuedAt().isAfter(now));
	}

	void requireOpen(long cycleId) {
		if (locked(cycleId)) {
			throw new BusinessException("", "awards.locked");
		}
	}

}
