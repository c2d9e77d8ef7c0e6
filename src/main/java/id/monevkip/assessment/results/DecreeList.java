package id.monevkip.assessment.results;

import java.time.Instant;
import java.util.List;

import id.monevkip.assessment.DecreeView;
import org.jspecify.annotations.Nullable;

/**
 * The decree versions of a cycle, newest first, and the state of the draft: computed at all, and (after a
 * decree) changed since the newest version.
 */
public record DecreeList(long cycleId, String cycleTitle, List<DecreeView> versions, @Nullable Instant changedAt,
		long pendingChanges) {

	public boolean issued() {
		return !versions.isEmpty();
	}

	public @Nullable DecreeView latest() {
		return versions.isEmpty() ? null : versions.get(0);
	}

}
