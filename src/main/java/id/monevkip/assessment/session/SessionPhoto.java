package id.monevkip.assessment.session;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A photo of a session, stored on disk under a generated key (never the uploader's file name). */
@Entity
@Table(name = "panel_session_photo")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SessionPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private PanelSession session;

	private String storageKey;

	private String originalName;

	private String contentType;

	private long sizeBytes;

	private Instant uploadedAt;

	private String uploadedByName;

	SessionPhoto(PanelSession session, String storageKey, String originalName, String contentType, long sizeBytes,
			String by, Instant now) {
		this.session = session;
		this.storageKey = storageKey;
		this.originalName = originalName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedByName = by;
		this.uploadedAt = now;
	}

}
