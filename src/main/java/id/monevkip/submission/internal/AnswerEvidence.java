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

/** A library file or link attached to an answer. The same library item may back many answers. */
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

	private AnswerEvidence(long answerId, @Nullable Long fileId, @Nullable Long linkId, boolean carriedOver,
			long accountId, Instant now) {
		this.answerId = answerId;
		this.fileId = fileId;
		this.linkId = linkId;
		this.carriedOver = carriedOver;
		this.attachedAt = now;
		this.attachedBy = accountId;
	}

	public static AnswerEvidence file(long answerId, long fileId, boolean carriedOver, long accountId, Instant now) {
		return new AnswerEvidence(answerId, fileId, null, carriedOver, accountId, now);
	}

	public static AnswerEvidence link(long answerId, long linkId, boolean carriedOver, long accountId, Instant now) {
		return new AnswerEvidence(answerId, null, linkId, carriedOver, accountId, now);
	}

	public long id() {
		return id;
	}

	public boolean isFile() {
		return fileId != null;
	}

}
