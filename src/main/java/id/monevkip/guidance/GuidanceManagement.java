package id.monevkip.guidance;

import java.time.Clock;
import java.util.ArrayList;

import id.monevkip.cycle.CycleManagement;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.guidance.internal.AnnouncementRepository;
import id.monevkip.guidance.internal.FaqEntryRepository;
import id.monevkip.guidance.internal.GuidanceItem;
import id.monevkip.guidance.internal.GuidanceViews;
import id.monevkip.guidance.internal.GuideDocumentRepository;
import id.monevkip.guidance.internal.GuideFiles;
import id.monevkip.guidance.internal.HelpdeskContactRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a body is told in a cycle. An item reaches a body when the commission published it and the body takes part
 * in the cycle, or when the coordinator of the body itself or of a body above it published it. Announcements count
 * from their publish time on.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class GuidanceManagement {

	private final AnnouncementRepository announcements;

	private final GuideDocumentRepository guides;

	private final FaqEntryRepository faqs;

	private final HelpdeskContactRepository contacts;

	private final GuidanceViews views;

	private final GuideFiles files;

	private final CycleManagement cycles;

	private final DirectoryManagement directory;

	private final Clock clock;

	/** Everything published for the body in the cycle. */
	public Guidance forBody(long cycleId, long bodyId) {
		var publishers = publishersAbove(bodyId);
		var participant = cycles.isParticipant(cycleId, bodyId);
		var now = clock.instant();
		return views.guidance(
				announcements.findForAudience(cycleId, participant, publishers)
					.stream()
					.filter(a -> !a.getPublishAt().isAfter(now))
					.toList(),
				guides.findForAudience(cycleId, participant, publishers),
				faqs.findForAudience(cycleId, participant, publishers),
				contacts.findForAudience(cycleId, participant, publishers), now);
	}

	/** {@link #forBody} for the cycle the body works in now; nothing when it takes part in none. */
	public Guidance current(long bodyId) {
		return cycles.currentFor(bodyId).map(cycle -> forBody(cycle.id(), bodyId)).orElseGet(Guidance::none);
	}

	/**
	 * A guide file for someone it applies to: admins and commissioners, and accounts of a body it reaches (which
	 * includes the publisher's own coordinators). For anyone else it does not exist.
	 */
	public GuideContent guide(CurrentUser user, long id) {
		var guide = guides.findById(id).orElseThrow(() -> new NotFoundException("Guide " + id));
		if (!user.seesAllBodies() && (user.bodyId() == null || !reaches(guide, user.bodyId()))) {
			throw new NotFoundException("Guide " + id);
		}
		var sha = guide.getSha256();
		return new GuideContent(guide.getFileName(), guide.getContentType(), guide.getSizeBytes(), () -> files.open(sha));
	}

	private boolean reaches(GuidanceItem item, long bodyId) {
		if (item.getPublisherBodyId() == null) {
			return cycles.isParticipant(item.getCycleId(), bodyId);
		}
		return publishersAbove(bodyId).contains(item.getPublisherBodyId());
	}

	/** The body itself and every body above it: whose coordinators may publish to it. */
	private ArrayList<Long> publishersAbove(long bodyId) {
		var ids = new ArrayList<>(directory.ancestorIds(bodyId));
		ids.add(bodyId);
		return ids;
	}

}
