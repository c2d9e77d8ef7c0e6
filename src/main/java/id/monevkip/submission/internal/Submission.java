package id.monevkip.submission.internal;

import java.time.Instant;

import id.monevkip.shared.BusinessException;
import id.monevkip.submission.SubmissionStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A body's submission in one cycle, against the instrument of the category it competes in. It guards its own
 * status transitions (answers are saved without touching this row, so that many people can
 * autosave at once); who may change which answer when is decided by {@link EditWindow}.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Submission {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long bodyId;

	private long categoryId;

	private long instrumentId;

	@Enumerated(EnumType.STRING)
	private SubmissionStatus status;

	/** How many snapshots have been sealed: 1 after the first submit, 2 after the first resubmission, ... */
	private int round;

	private Instant createdAt;

	private @Nullable Instant submittedAt;

	private @Nullable String submittedByName;

	@Version
	private long version;

	public Submission(long cycleId, long bodyId, long categoryId, long instrumentId, Instant now) {
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.categoryId = categoryId;
		this.instrumentId = instrumentId;
		this.status = SubmissionStatus.NOT_STARTED;
		this.createdAt = now;
	}

	public long id() {
		return id;
	}

	/** Seals the next round: the first submit, or a resubmission after a revision round. */
	public int seal(String name, Instant now) {
		status = switch (status) {
			case NOT_STARTED, DRAFT -> SubmissionStatus.SUBMITTED;
			case REVISION_REQUESTED -> SubmissionStatus.RESUBMITTED;
			default -> throw new BusinessException(null, "submission.submit.alreadySent");
		};
		round++;
		submittedAt = now;
		submittedByName = name;
		return round;
	}

	public void startVerification() {
		if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.RESUBMITTED) {
			throw new BusinessException(null, "submission.status.notSent");
		}
		status = SubmissionStatus.IN_VERIFICATION;
	}

	public void reopenForRevision() {
		if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.RESUBMITTED
				&& status != SubmissionStatus.IN_VERIFICATION) {
			throw new BusinessException(null, "submission.status.notSent");
		}
		status = SubmissionStatus.REVISION_REQUESTED;
	}

	/** A revision round ended without the body resending: verification goes on with what was sent before. */
	public void revisionLapsed() {
		if (status != SubmissionStatus.REVISION_REQUESTED) {
			throw new BusinessException(null, "submission.status.notSent");
		}
		status = SubmissionStatus.IN_VERIFICATION;
	}

	public void markVerified() {
		if (status != SubmissionStatus.SUBMITTED && status != SubmissionStatus.RESUBMITTED
				&& status != SubmissionStatus.IN_VERIFICATION) {
			throw new BusinessException(null, "submission.status.notSent");
		}
		status = SubmissionStatus.VERIFIED;
	}

}
