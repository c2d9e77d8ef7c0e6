package id.monevkip.evidence;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.evidence.link.EvidenceLink;
import id.monevkip.evidence.link.EvidenceLinkRepository;
import id.monevkip.evidence.link.LinkChecker;
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

	/**
	 * Adds the link, or answers the body's existing one with the same URL (also when someone adds it at the
	 * same moment). Not checked yet.
	 */
	@Transactional
	public LinkView add(CurrentUser user, long bodyId, String url, String title) {
		requireVisible(user, bodyId);
		var uri = LinkChecker.parse(url).orElseThrow(() -> new BusinessException("url", "links.validation.url"));
		var normalised = uri.toString();
		if (normalised.length() > 2000) {
			throw new BusinessException("url", "links.validation.urlTooLong");
		}
		links.insertIfAbsent(bodyId, normalised, title.strip(), user.accountId(), clock.instant());
		return links.findByBodyIdAndUrl(bodyId, normalised).orElseThrow().toView();
	}

	/** Checks the link now and keeps the outcome; 404 outside the user's scope. */
	public LinkView check(CurrentUser user, long linkId) {
		var link = visible(user, linkId);
		return checkAndStore(link);
	}

	/** Checks every link of the body now (at submit); the caller has already checked the scope. */
	public List<LinkView> checkAll(long bodyId) {
		return links.findByBodyIdOrderByTitleAscIdAsc(bodyId).stream().map(this::checkAndStore).toList();
	}

	/** The body's links by title; 404 when the user may not see the body. */
	@Transactional(readOnly = true)
	public List<LinkView> list(CurrentUser user, long bodyId) {
		requireVisible(user, bodyId);
		return links.findByBodyIdOrderByTitleAscIdAsc(bodyId).stream().map(EvidenceLink::toView).toList();
	}

	/** One link; 404 when it does not exist or belongs to a body the user may not see. */
	@Transactional(readOnly = true)
	public LinkView link(CurrentUser user, long linkId) {
		return visible(user, linkId).toView();
	}

	/**
	 * The links with these ids in one query, in no particular order; unknown ids are left out. No scope check:
	 * the caller compares each {@link LinkView#bodyId()} with the body it works for.
	 */
	@Transactional(readOnly = true)
	public List<LinkView> linksByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return links.findByIdIn(ids).stream().map(EvidenceLink::toView).toList();
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
