package id.monevkip.ranking.tokoh;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A supporting document of a nomination; the bytes live on disk under a random name ({@link DocumentStore}). */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TokohDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private String fileName;

	private String mediaType;

	@Column(name = "size_bytes")
	private long size;

	private String storedName;

	private Instant uploadedAt;

	TokohDocument(long nominationId, String fileName, String mediaType, long size, String storedName, Instant now) {
		this.nominationId = nominationId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.storedName = storedName;
		this.uploadedAt = now;
	}

}
