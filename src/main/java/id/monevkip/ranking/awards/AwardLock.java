package id.monevkip.ranking.awards;

import id.monevkip.ranking.publication.Publications;
import id.monevkip.shared.BusinessException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Award categories and special awards change until the cycle's results are published, then they are fixed. */
@Component
@RequiredArgsConstructor
class AwardLock {

	private final Publications publications;

	boolean locked(long cycleId) {
		return publications.isPublished(cycleId);
	}

	void requireOpen(long cycleId) {
		if (locked(cycleId)) {
			throw new BusinessException("", "awards.locked");
		}
	}

}
