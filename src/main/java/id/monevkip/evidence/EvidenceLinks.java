package id.monevkip.evidence;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.directory.DirectoryManagement;
import id.monevkip.evidence.link.EvidenceLink;
import id.monevkip.evidence.link.EvidenceLinkRepository;
import id.monevkip.evidence.link.LinkCheckRecord;
import id.monevkip.evidence.link.LinkCheckRecordRepository;
import id.monevkip.evidence.link.LinkChecker;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A body's evidence links: added by its people, checked in the background as soon as they are added, on demand and
 * at sending; every check is kept as the link's history. Links outside the user's scope answer 404 as if they did not
 * exist. Checks run outside any transaction, because a slow server must not hold a database connection for seconds.
 */
@Service
@RequiredArgsConstructor
public class EvidenceLinks {

	private final EvidenceLinkRepository links;

	private final LinkChecker checker;

	private final LinkCheckRecordRepository history;

	private final LinkCheckPool pool;

	private final DirectoryManagement directory;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Adds the link, or answers the body's existing one with the same URL (also when someone adds it at the
	 * same moment). A new link, or one never checked, is checked in the background once this transaction commits.
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
		var link = links.findByBodyIdAndUrl(bodyId, normalised).orElseThrow();
		if (link.getLastCheckedAt() == null) {
			events.publishEvent(new LinkAdded(link.getId()));
		}
		return link.toView();
	}

	/** Checks the link now because someone asked, and keeps the outcome; 404 outside the user's scope. */
	public LinkView check(CurrentUser user, long linkId) {
		return checkAndStore(visible(user, linkId).getId(), LinkCheckTrigger.REQUESTED);
	}

	/**
	 * Checks the given links now, several at a time, so that a questionnaire with many links does not wait for each
	 * slow server in turn; returns when all are answered (each within its timeout). 404 when one is outside the
	 * user's scope, before anything is checked.
	 */
	public void checkNow(CurrentUser user, Collection<Long> linkIds, LinkCheckTrigger trigger) {
		var ids = linkIds.stream().distinct().map(id -> visible(user, id).getId()).toList();
		if (ids.isEmpty()) {
			return;
		}
		pool.runAll(ids.stream().<Runnable>map(id -> () -> checkAndStore(id, trigger)).toList());
	}

	/** Checks every link of the body now; the caller has already checked the scope. */
	public List<LinkView> checkAll(long bodyId) {
		return links.findByBodyIdOrderByTitleAscIdAsc(bodyId)
			.stream()
			.map(link -> checkAndStore(link.getId(), LinkCheckTrigger.REQUESTED))
			.toList();
	}

	/** The background check of a link just added (see {@link LinkAddedListener}); nothing when it is gone again. */
	void checkAdded(long linkId) {
		if (links.existsById(linkId)) {
			checkAndStore(linkId, LinkCheckTrigger.ADDED);
		}
	}

	/**
	 * Every check of the body's links among these ids, newest first, by link. No user scope check: the caller works
	 * for the body (an assessor reviewing its submission).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<LinkCheckView>> checks(long bodyId, Collection<Long> linkIds) {
		if (linkIds.isEmpty()) {
			return Map.of();
		}
		return history.findByBodyIdAndLinkIdInOrderByCheckedAtDescIdDesc(bodyId, linkIds)
			.stream()
			.map(LinkCheckRecord::toView)
			.collect(Collectors.groupingBy(LinkCheckView::linkId, Collectors.toList()));
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

	/**
	 * Asks the server outside any transaction, then stores the outcome on the link and in its history in one. A link
	 * removed meanwhile is left removed.
	 */
	private LinkView checkAndStore(long linkId, LinkCheckTrigger trigger) {
		var url = links.findById(linkId).map(EvidenceLink::getUrl);
		if (url.isEmpty()) {
			throw new NotFoundException("Evidence link " + linkId);
		}
		var check = checker.check(url.get());
		return transaction.execute(status -> {
			var link = links.findById(linkId).orElseThrow(() -> new NotFoundException("Evidence link " + linkId));
			link.record(check);
			history.save(new LinkCheckRecord(link, check, trigger));
			return link.toView();
		});
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
