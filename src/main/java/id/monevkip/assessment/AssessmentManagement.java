package id.monevkip.assessment;

import java.util.List;

import id.monevkip.assessment.internal.AssignmentService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** What other modules and later assessment steps may ask: who verifies or judges which body, and conflicts. */
@Service
@RequiredArgsConstructor
public class AssessmentManagement {

	private final AssignmentService assignments;

	/** The verifiers of a participant, in the order they were assigned. */
	public List<AssignmentView> verifiersOf(long cycleId, long bodyId) {
		return assignments.assignmentsOf(cycleId, bodyId, AssignmentRole.VERIFIER);
	}

	/** The judges of a participant, in the order they were assigned. */
	public List<AssignmentView> judgesOf(long cycleId, long bodyId) {
		return assignments.assignmentsOf(cycleId, bodyId, AssignmentRole.JUDGE);
	}

	public boolean isAssigned(long cycleId, long bodyId, long accountId, AssignmentRole role) {
		return assignments.isAssigned(cycleId, bodyId, accountId, role);
	}

	/** A person's queue: the bodies it verifies or judges in the cycle, by body name. */
	public List<AssignmentView> assignmentsOf(long cycleId, long accountId) {
		return assignments.queueOf(cycleId, accountId);
	}

	/** Why the person may not assess the body in this cycle; empty when it may (or either is unknown). */
	public List<ConflictKind> conflict(long cycleId, long bodyId, long accountId) {
		return assignments.conflict(cycleId, bodyId, accountId);
	}

}
