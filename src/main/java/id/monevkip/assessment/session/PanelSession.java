package id.monevkip.assessment.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/** A scheduled session with one participant of a cycle, with its minutes and photos once held. */
@Entity
@Table(name = "panel_session")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PanelSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long bodyId;

	@Enumerated(EnumType.STRING)
	private SessionKind kind;

	private Instant startsAt;

	private String place;

	private @Nullable String attendees;

	private @Nullable String minutes;

	private Instant updatedAt;

	private String updatedByName;

	@Version
	private long version;

	@OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("uploadedAt, id")
	private List<SessionPhoto> photos = new ArrayList<>();

	PanelSession(long cycleId, long bodyId, SessionKind kind, Instant startsAt, String place,
			@Nullable String attendees, String by, Instant now) {
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		schedule(kind, startsAt, place, attendees, by, now);
	}

	void schedule(SessionKind kind, Instant startsAt, String place, @Nullable String attendees, String by,
			Instant now) {
		this.kind = kind;
		this.startsAt = startsAt;
		this.place = place;
		this.attendees = attendees;
		touch(by, now);
	}

	/** Records what happened: the people present and the minutes. */
	void record(@Nullable String attendees, @Nullable String minutes, String by, Instant now) {
		this.attendees = attendees;
		this.minutes = minutes;
		touch(by, now);
	}

	SessionPhoto addPhoto(String storageKey, String originalName, String contentType, long size, String by,
			Instant now) {
		var photo = new SessionPhoto(this, storageKey, originalName, contentType, size, by, now);
		photos.add(photo);
		touch(by, now);
		return photo;
	}

	public boolean held(Instant now) {
		return !now.isBefore(startsAt);
	}

	private void touch(String by, Instant now) {
		this.updatedByName = by;
		this.updatedAt = now;
	}

}
