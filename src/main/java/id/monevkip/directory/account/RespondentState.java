package id.monevkip.directory.account;

/** How a respondent account stands, as the coordinator's list shows and filters it. */
enum RespondentState {

	/** Switched on, with a password: the person can sign in. */
	ACTIVE,

	/** Switched on, but the invitation has not been accepted yet: no password. */
	INVITED,

	/** Switched off, whatever its password. */
	INACTIVE;

	static RespondentState of(boolean active, boolean passwordSet) {
		return !active ? INACTIVE : passwordSet ? ACTIVE : INVITED;
	}

}
