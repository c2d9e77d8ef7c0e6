package id.monevkip.assessment;

/** One person assigned to one body of a cycle in a role. */
public record AssignmentView(long cycleId, long bodyId, String bodyCode, String bodyName, String categoryName,
		long accountId, String personName, AssignmentRole role) {

}
