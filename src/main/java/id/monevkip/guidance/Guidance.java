package id.monevkip.guidance;

import java.util.List;

/**
 * Everything published for one body in one cycle: announcements (pinned first, then newest first), guide documents,
 * FAQ entries in their order and helpdesk contacts; the commission's first, then those of coordinators above.
 */
public record Guidance(List<AnnouncementView> announcements, List<GuideView> guides, List<FaqView> faqs,
		List<HelpdeskView> contacts) {

	/** How many announcements a home page shows before linking to the full list. */
	public static final int LATEST = 5;

	public static Guidance none() {
		return new Guidance(List.of(), List.of(), List.of(), List.of());
	}

	public List<AnnouncementView> latestAnnouncements() {
		return announcements.stream().limit(LATEST).toList();
	}

	public boolean moreAnnouncements() {
		return announcements.size() > LATEST;
	}

	public boolean empty() {
		return announcements.isEmpty() && guides.isEmpty() && faqs.isEmpty() && contacts.isEmpty();
	}

}
