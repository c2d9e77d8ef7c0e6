package id.monevkip.directory.account;

/** How an account stands for signing in, as the account list shows and filters it. */
enum AccountStatus {

	ACTIVE, LOCKED, INACTIVE;

	static AccountStatus of(boolean active, boolean locked) {
		return !active ? INACTIVE : locked ? LOCKED : ACTIVE;
	}

}
