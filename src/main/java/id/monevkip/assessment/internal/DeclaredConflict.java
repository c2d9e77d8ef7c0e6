package id.monevkip.assessment.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A conflict of interest a person declared with a body (a former employer, a relative working there), or that an
 * admin recorded for them. It holds in every cycle until withdrawn.
 */
@Entity
@Table(name = "assessment_declared_conflict")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DeclaredConflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private long bodyId;

	private String reason;

	private long recordedByAccountId;

	private Instant recordedAt;

	public DeclaredConflict(long accountId, long bodyId, String reason, long recordedBy, Instant now) {
		this.accountId = accountId;
		this.bodyId = bodyId;
		this.reason = reason;
		this.recordedByAccountId = recordedBy;
		this.recordedAt = now;
	}

}
