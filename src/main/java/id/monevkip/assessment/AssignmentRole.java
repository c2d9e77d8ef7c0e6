package id.monevkip.assessment;

import id.monevkip.shared.Role;

/** What a person does for a body in a cycle, and the account role it needs for it. */
public enum AssignmentRole {

	/** Checks the SAQ answers and evidence (tim penilai). */
	VERIFIER(Role.ASSESSOR),
	/** Scores presentations and visits (juri). */
	JUDGE(Role.JUROR);

	private final Role accountRole;

	AssignmentRole(Role accountRole) {
		this.accountRole = accountRole;
	}

	public Role accountRole() {
		return accountRole;
	}

}
