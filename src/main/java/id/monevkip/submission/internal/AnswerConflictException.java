package id.monevkip.submission.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Somebody else saved this answer after the writer's page was loaded; carries what they saved. */
public class AnswerConflictException extends RuntimeException {

	private final @Nullable String theirValue;

	private final long currentVersion;

	private final String changedBy;

	private final Instant changedAt;

	public AnswerConflictException(SubmissionAnswer current) {
		super("Answer " + current.getQuestionCode() + " was changed by " + current.getUpdatedByName());
		this.theirValue = current.getValue();
		this.currentVersion = current.getVersion();
		this.changedBy = current.getUpdatedByName();
		this.changedAt = current.getUpdatedAt();
	}

	public @Nullable String theirValue() {
		return theirValue;
	}

	public long currentVersion() {
		return currentVersion;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

}
