package id.monevkip.assessment.verification;

import java.time.Instant;

import id.monevkip.shared.BusinessException;
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

/** The verification of one submission: started by its verifier, completed once every scored item is decided. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Verification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	private long cycleId;

	private long bodyId;

	@Enumerated(EnumType.STRING)
	private VerificationStatus status;

	private Instant startedAt;

	private long startedBy;

	private @Nullable Instant completedAt;

	private @Nullable Long completedBy;

	@Version
	private long version;

	Verification(long submissionId, long cycleId, long bodyId, long startedBy, Instant now) {
		this.submissionId = submissionId;
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.status = VerificationStatus.IN_PROGRESS;
		this.startedBy = startedBy;
		this.startedAt = now;
	}

	long id() {
		return id;
	}

	boolean completed() {
		return status == VerificationStatus.COMPLETED;
	}

	void complete(long accountId, Instant now) {
		if (completed()) {
			throw new BusinessException(null, "verification.refused.completed");
		}
		status = VerificationStatus.COMPLETED;
		completedBy = accountId;
		completedAt = now;
	}

}
