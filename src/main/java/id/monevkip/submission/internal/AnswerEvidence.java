package id.monevkip.submission.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A library file or link attached to an answer. The same library item may back many answers. Rows are inserted by
 * {@link AnswerEvidenceRepository#attachFile} and {@link AnswerEvidenceRepository#attachLink}, which ignore an item
 * attached twice at once.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AnswerEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long answerId;

	private @Nullable Long fileId;

	private @Nullable Long linkId;

	/** Attached from last cycle's answer after the respondent confirmed it is still valid. */
	private boolean carriedOver;

	private Instant attachedAt;

	private long attachedBy;

	public long id() {
		return id;
	}

	public boolean isFile() {
		return fileId != null;
	}

}
