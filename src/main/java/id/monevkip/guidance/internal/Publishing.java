package id.monevkip.guidance.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.guidance.AnnouncementView;
import id.monevkip.guidance.FaqView;
import id.monevkip.guidance.GuideView;
import id.monevkip.guidance.HelpdeskView;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing for the commission (admin area, any cycle) and for a coordinator (its body, in the cycle the body works
 * in). A publisher changes only its own items: the commission's in the admin area, the body's in the coordinator
 * area; any other id answers 404.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class Publishing {

	private final AnnouncementRepository announcements;

	private final GuideDocumentRepository guides;

	private final FaqEntryRepository faqs;

	private final HelpdeskContactRepository contacts;

	private final GuidanceViews views;

	private final GuideFiles files;

	private final CycleManagement cycles;

	private final Clock clock;

	/**
	 * Who publishes where: in the admin area the commission in the chosen cycle (else the current one), in the
	 * coordinator area the coordinator's body in the cycle it works in. Empty when there is no such cycle yet.
	 */
	@Transactional(readOnly = true)
	public Optional<Publisher> publisher(CurrentUser user, Zone zone, @Nullable Long cycleId) {
		if (zone == Zone.ADMIN) {
			var cycle = cycleId == null ? cycles.current() : Optional.of(cycles.cycle(cycleId));
			return cycle.map(c -> new Publisher(zone, c, null));
		}
		var bodyId = bodyOf(user);
		return cycles.currentFor(bodyId).map(c -> new Publisher(zone, c, bodyId));
	}

	@Transactional(readOnly = true)
	public PublisherPage page(Publisher publisher) {
		long cycleId = publisher.cycle().id();
		var items = publisher.bodyId() == null
				? views.guidance(announcements.findCommissionItems(cycleId), guides.findCommissionItems(cycleId),
						faqs.findCommissionItems(cycleId), contacts.findCommissionItems(cycleId), clock.instant())
				: views.guidance(announcements.findBodyItems(cycleId, publisher.bodyId()),
						guides.findBodyItems(cycleId, publisher.bodyId()), faqs.findBodyItems(cycleId, publisher.bodyId()),
						contacts.findBodyItems(cycleId, publisher.bodyId()), clock.instant());
		return new PublisherPage(publisher, items, publisher.zone() == Zone.ADMIN ? cycles.all() : List.of());
	}

	public long announce(Publisher publisher, AnnouncementDraft draft, CurrentUser user) {
		return announcements.save(new Announcement(publisher, draft, user.displayName(), clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public AnnouncementView announcement(CurrentUser user, Zone zone, long id) {
		var one = owned(announcements, user, zone, id);
		return views.guidance(List.of(one), List.of(), List.of(), List.of(), clock.instant()).announcements().get(0);
	}

	/** @return the cycle of the item, to go back to */
	public long updateAnnouncement(CurrentUser user, Zone zone, long id, AnnouncementDraft draft) {
		var one = owned(announcements, user, zone, id);
		one.update(draft, user.displayName(), clock.instant());
		return one.getCycleId();
	}

	public long addFaq(Publisher publisher, FaqDraft draft, CurrentUser user) {
		return faqs.save(new FaqEntry(publisher, draft, user.displayName(), clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public FaqView faq(CurrentUser user, Zone zone, long id) {
		var one = owned(faqs, user, zone, id);
		return views.guidance(List.of(), List.of(), List.of(one), List.of(), clock.instant()).faqs().get(0);
	}

	public long updateFaq(CurrentUser user, Zone zone, long id, FaqDraft draft) {
		var one = owned(faqs, user, zone, id);
		one.update(draft, user.displayName(), clock.instant());
		return one.getCycleId();
	}

	public long addContact(Publisher publisher, ContactDraft draft, CurrentUser user) {
		requireReachable(draft);
		return contacts.save(new HelpdeskContact(publisher, draft, user.displayName(), clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public HelpdeskView contact(CurrentUser user, Zone zone, long id) {
		var one = owned(contacts, user, zone, id);
		return views.guidance(List.of(), List.of(), List.of(), List.of(one), clock.instant()).contacts().get(0);
	}

	public long updateContact(CurrentUser user, Zone zone, long id, ContactDraft draft) {
		requireReachable(draft);
		var one = owned(contacts, user, zone, id);
		one.update(draft, user.displayName(), clock.instant());
		return one.getCycleId();
	}

	/**
	 * Stores the file first (streamed, checked) and then records it; a refused file leaves nothing behind.
	 */
	public long addGuide(Publisher publisher, String title, @Nullable String fileName,
			@Nullable InputStreamSource content, CurrentUser user) {
		if (content == null) {
			throw new BusinessException("file", "guidance.guide.fileRequired");
		}
		var stored = files.store(fileName, content);
		return guides.save(new GuideDocument(publisher, title, stored, user.displayName(), clock.instant())).getId();
	}

	@Transactional(readOnly = true)
	public GuideView guide(CurrentUser user, Zone zone, long id) {
		var one = owned(guides, user, zone, id);
		return views.guidance(List.of(), List.of(one), List.of(), List.of(), clock.instant()).guides().get(0);
	}

	public long retitleGuide(CurrentUser user, Zone zone, long id, String title) {
		var one = owned(guides, user, zone, id);
		one.retitle(title, user.displayName(), clock.instant());
		return one.getCycleId();
	}

	/** The cycle of one of the publisher's items (404 for anyone else's). */
	@Transactional(readOnly = true)
	public long cycleOf(CurrentUser user, Zone zone, Kind kind, long id) {
		return switch (kind) {
			case ANNOUNCEMENT -> owned(announcements, user, zone, id).getCycleId();
			case FAQ -> owned(faqs, user, zone, id).getCycleId();
			case CONTACT -> owned(contacts, user, zone, id).getCycleId();
			case GUIDE -> owned(guides, user, zone, id).getCycleId();
		};
	}

	/** Deletes an item of the publisher; a guide's file goes too once no other guide has the same bytes. */
	public long delete(CurrentUser user, Zone zone, Kind kind, long id) {
		return switch (kind) {
			case ANNOUNCEMENT -> remove(announcements, owned(announcements, user, zone, id));
			case FAQ -> remove(faqs, owned(faqs, user, zone, id));
			case CONTACT -> remove(contacts, owned(contacts, user, zone, id));
			case GUIDE -> {
				var guide = owned(guides, user, zone, id);
				var cycleId = remove(guides, guide);
				guides.flush();
				if (!guides.existsBySha256(guide.getSha256())) {
					files.delete(guide.getSha256());
				}
				yield cycleId;
			}
		};
	}

	private static <T extends GuidanceItem> long remove(GuidanceItemRepository<T> repository, T item) {
		repository.delete(item);
		return item.getCycleId();
	}

	private static <T extends GuidanceItem> T owned(GuidanceItemRepository<T> repository, CurrentUser user, Zone zone,
			long id) {
		var item = repository.findById(id).orElseThrow(() -> new NotFoundException("Guidance item " + id));
		var publisherBody = zone == Zone.ADMIN ? null : bodyOf(user);
		if (!item.ownedBy(publisherBody)) {
			throw new NotFoundException("Guidance item " + id);
		}
		return item;
	}

	private static long bodyOf(CurrentUser user) {
		if (user.bodyId() == null) {
			throw new NotFoundException("Body of account " + user.accountId());
		}
		return user.bodyId();
	}

	private static void requireReachable(ContactDraft draft) {
		if (!draft.reachable()) {
			throw new BusinessException("phone", "guidance.contact.unreachable");
		}
	}

	/** The kinds of item, as their URLs name them. */
	public enum Kind {

		ANNOUNCEMENT, FAQ, CONTACT, GUIDE

	}

}
