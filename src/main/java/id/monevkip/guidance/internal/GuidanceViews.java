package id.monevkip.guidance.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.guidance.AnnouncementView;
import id.monevkip.guidance.FaqView;
import id.monevkip.guidance.Guidance;
import id.monevkip.guidance.GuideView;
import id.monevkip.guidance.HelpdeskView;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Turns items into the records pages read, in the order they are shown: announcements pinned first, then newest
 * first; everything else the commission's first, then by FAQ order or by name. Publisher names take one query.
 */
@Component
@RequiredArgsConstructor
public class GuidanceViews {

	private final DirectoryManagement directory;

	public Guidance guidance(List<Announcement> announcements, List<GuideDocument> guides, List<FaqEntry> faqs,
			List<HelpdeskContact> contacts, Instant now) {
		var publishers = new HashSet<Long>();
		Stream.of(announcements, guides, faqs, contacts)
			.flatMap(List::stream)
			.map(GuidanceItem::getPublisherBodyId)
			.filter(Objects::nonNull)
			.forEach(publishers::add);
		Map<Long, String> names = publishers.isEmpty() ? Map.of()
				: directory.bodies(publishers).stream().collect(Collectors.toMap(BodyView::id, BodyView::name));
		Function<GuidanceItem, String> name = item -> item.getPublisherBodyId() == null ? null
				: names.get(item.getPublisherBodyId());
		return new Guidance(
				announcements.stream()
					.sorted(Comparator.comparing(Announcement::isPinned).reversed()
						.thenComparing(Announcement::getPublishAt, Comparator.reverseOrder())
						.thenComparing(Announcement::getId, Comparator.reverseOrder()))
					.map(a -> new AnnouncementView(a.getId(), a.getTitle(), a.getText(), a.isPinned(), a.getPublishAt(),
							name.apply(a), a.getPublishAt().isAfter(now)))
					.toList(),
				guides.stream()
					.sorted(GuidanceViews.<GuideDocument>commissionFirst()
						.thenComparing(GuideDocument::getTitle, String.CASE_INSENSITIVE_ORDER))
					.map(g -> new GuideView(g.getId(), g.getTitle(), g.getFileName(), g.getContentType(), g.getSizeBytes(),
							name.apply(g)))
					.toList(),
				faqs.stream()
					.sorted(GuidanceViews.<FaqEntry>commissionFirst()
						.thenComparingInt(FaqEntry::getSortOrder)
						.thenComparing(FaqEntry::getId))
					.map(f -> new FaqView(f.getId(), f.getQuestion(), f.getAnswer(), f.getSortOrder(), name.apply(f)))
					.toList(),
				contacts.stream()
					.sorted(GuidanceViews.<HelpdeskContact>commissionFirst()
						.thenComparing(HelpdeskContact::getName, String.CASE_INSENSITIVE_ORDER))
					.map(c -> new HelpdeskView(c.getId(), c.getName(), c.getUnit(), c.getPhone(), c.getWhatsapp(),
							c.getEmail(), c.getHours(), name.apply(c)))
					.toList());
	}

	private static <T extends GuidanceItem> Comparator<T> commissionFirst() {
		return Comparator.comparing(item -> item.getPublisherBodyId() != null);
	}

}
