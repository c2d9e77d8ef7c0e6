package id.monevkip.evidence.file;

import java.time.Instant;

import id.monevkip.evidence.EvidenceFileView;
import id.monevkip.shared.Wita;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * One file in a body's library. The bytes are in {@link EvidenceStorage} under {@code sha256}. Rows are added by
 * {@link EvidenceFileRepository#insertIfAbsent} so that concurrent uploads of the same bytes cannot collide.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long bodyId;

	private String sha256;

	private String originalName;

	private String contentType;

	private long sizeBytes;

	private @Nullable Long uploadedByAccountId;

	private Instant uploadedAt;

	public EvidenceFileView toView() {
		return new EvidenceFileView(id, bodyId, sha256, originalName, contentType, sizeBytes, uploadedAt.atZone(Wita.ZONE));
	}

}
