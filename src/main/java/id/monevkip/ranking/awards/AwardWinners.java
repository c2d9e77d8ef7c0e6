package id.monevkip.ranking.awards;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/**
 * What the public results pages read of the award night: each award category with only its winners, and the
 * special awards. Callers show it only for published cycles.
 */
@Service
@RequiredArgsConstructor
public class AwardWinners {

	private final AwardResults results;

	private final SpecialAwards specialAwards;

	/** Every award category of the cycle in its order, each with its winners only (none before the decree). */
	public List<AwardTable> winners(long cycleId) {
		return results.tables(cycleId).stream().map(t -> new AwardTable(t.award(), t.winners())).toList();
	}

	public List<SpecialAwardView> specialAwards(long cycleId) {
		return specialAwards.of(cycleId);
	}

}
