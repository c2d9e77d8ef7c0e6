package id.monevkip.evidence.link;

import java.time.Clock;
import java.util.List;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A body's evidence links: added by its people, checked on demand and at submit. Links outside the user's
 * scope answer 404 as if they did not exist. Checks run outside any transaction, because a slow server
 * must not hold a database connection for seconds.
 */
@Service
@RequiredArgsConstructor
public class EvidenceLinks {

	private final EvidenceLinkRepository links;

	private final LinkChecker checker;

	private final DirectoryManagement directory;

	private final Clock clock;

	/** Adds the link, or answers the body's existing one with the same URL. Not checked yet. */
	@Transactional
	public LinkView add(CurrentUser user, long bodyId, String url, String title) {
		requireVisible(user, bodyId);
		var uri = LinkChecker.parse(url).orElseThrow(() -> new BusinessException("url", "links.validation.url"));
		var normalised = uri.toString();
		if (normalised.length() > 2000) {
			throw new BusinessException("url", "links.validation.urlTooLong");
		}
		return links.findByBodyIdAndUrl(bodyId, normalised)
			.orElseGet(() -> links.save(new EvidenceLink(bodyId, normalised, title.strip(), user.accountId(),
					clock.instant())))
			.toView();
	}

	/** Checks the link now and keeps the outcome. */
	public LinkView check(CurrentUser user, long linkId) {
		var link = visible(user, linkId);
		return checkAndStore(link);
	}

	/** Checks every link of the body now (at submit); the caller has already checked the scope. */
	public List<LinkView> checkAll(long bodyId) {
		return links.findByBodyIdOrderByTitleAscIdAsc(bodyId).stream().map(this::checkAndStore).toList();
	}

	@Transactional(readOnly = true)
	public List<LinkView> list(CurrentUser user, long bodyId) {
		requireVisible(user, bodyId);
		return links.findByBodyIdOrderByTitleAscIdAsc(bodyId).stream().map(EvidenceLink::toView).toList();
	}

	@Transactional
	public void remove(CurrentUser user, long linkId) {
		links.delete(visible(user, linkId));
	}

	private LinkView checkAndStore(EvidenceLink link) {
		link.record(checker.check(link.getUrl()));
		return links.save(link).toView();
	}

	private EvidenceLink visible(CurrentUser user, long linkId) {
		return links.findById(linkId)
			.filter(link -> directory.isVisible(user, link.getBodyId()))
			.orElseThrow(() -> new NotFoundException("Evidence link " + linkId));
	}

	private void requireVisible(CurrentUser user, long bodyId) {
		if (!directory.isVisible(user, bodyId)) {
			throw new NotFoundException("Body " + bodyId);
		}
	}

}
