package id.monevkip.ranking.tokoh;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other parts of the ranking module (the public results pages, the award night pack) may read of the tokoh
 * award: the selected tokoh of a cycle. The caller decides whether the cycle is published.
 */
@Service
@RequiredArgsConstructor
public class TokohAwards {

	private final NominationRepository nominations;

	/** A tokoh the commissioners selected, with their reason. */
	public record SelectedTokoh(String name, String position, String institution, String reason) {
	}

	/** The selected tokoh of the cycle by name; empty when none is selected (or the cycle has no tokoh award). */
	@Transactional(readOnly = true)
	public List<SelectedTokoh> selected(long cycleId) {
		return nominations.findByCycleIdAndSelectionReasonIsNotNullOrderByName(cycleId)
			.stream()
			.map(n -> new SelectedTokoh(n.getName(), n.getPosition(), n.getInstitution(), n.getSelectionReason()))
			.toList();
	}

}
