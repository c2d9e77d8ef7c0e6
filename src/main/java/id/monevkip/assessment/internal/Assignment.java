package id.monevkip.assessment.internal;

import java.time.Instant;

import id.monevkip.assessment.AssignmentRole;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.jspecify.annotations.Nullable;

/**
 * A person assigned to a participant of a cycle as verifier or judge. Bodies, accounts and cycles belong to other
 * modules, so only their ids are kept; the rules (participant, role, conflicts) are checked before one is made.
 */
@Entity
@Table(name = "assessment_assignment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long bodyId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private AssignmentRole role;

	private @Nullable Long assignedByAccountId;

	private Instant assignedAt;

	public Assignment(long cycleId, long bodyId, long accountId, AssignmentRole role, @Nullable Long assignedBy,
			Instant now) {
		this.cycleId = cycleId;
		this.bodyId = bodyId;
		this.accountId = accountId;
		this.role = role;
		this.assignedByAccountId = assignedBy;
		this.assignedAt = now;
	}

}
