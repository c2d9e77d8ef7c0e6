package id.monevkip.assessment.internal;

import java.util.List;

import id.monevkip.assessment.AssignmentRole;

/**
 * A person was given bodies to verify or judge in one action (by hand: one body; automatically: all theirs at
 * once), so that they get one mail per action rather than one per body.
 */
public record AssignmentsMade(long cycleId, long accountId, AssignmentRole role, List<Long> bodyIds,
		long assignedBy) {
}
