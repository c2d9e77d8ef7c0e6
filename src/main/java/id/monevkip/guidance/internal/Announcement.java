package id.monevkip.guidance.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A dated announcement; pinned ones stay on top of the list. */
@Entity
@Table(name = "guidance_announcement")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Announcement extends GuidanceItem {

	private String title;

	@Column(name = "body_text")
	private String text;

	private boolean pinned;

	private Instant publishAt;

	public Announcement(Publisher publisher, AnnouncementDraft draft, String by, Instant now) {
		super(publisher, by, now);
		apply(draft, now);
	}

	public void update(AnnouncementDraft draft, String by, Instant now) {
		apply(draft, now);
		touched(by, now);
	}

	private void apply(AnnouncementDraft draft, Instant now) {
		this.title = draft.title();
		this.text = draft.text();
		this.pinned = draft.pinned();
		this.publishAt = draft.publishAt() == null ? now : draft.publishAt();
	}

}
