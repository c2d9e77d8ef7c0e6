package id.monevkip.directory.account;

/** One respondent account as the coordinator's list shows it. */
record RespondentRow(long id, String email, String displayName, String bodyCode, String bodyName,
		RespondentState state) {

	/** Reads the body, so call it inside the transaction that loaded the account. */
	static RespondentRow of(Account account) {
		var body = account.getPublicBody();
		return new RespondentRow(account.getId(), account.getEmail(), account.getDisplayName(),
				body == null ? "" : body.getCode(), body == null ? "" : body.getName(),
				RespondentState.of(account.isActive(), account.getPasswordHash() != null));
	}

	/** Getter-style, so that templates can read {@code row.active}: switched on, with or without a password. */
	public boolean isActive() {
		return state != RespondentState.INACTIVE;
	}

}
