package id.monevkip.evidence;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks a link as soon as it is added, in the background: the request that added it answers at once, and by the
 * time the respondent looks again the card shows whether the link opens. Runs after the commit, so the check finds
 * the link; a restart before it ran leaves the link unchecked, and it is checked again at sending anyway.
 */
@Component
@RequiredArgsConstructor
class LinkAddedListener {

	private final EvidenceLinks links;

	private final LinkCheckPool pool;

	@TransactionalEventListener
	void on(LinkAdded added) {
		pool.runLater(() -> links.checkAdded(added.linkId()));
	}

}
