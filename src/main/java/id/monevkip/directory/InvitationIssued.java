package id.monevkip.directory;

import java.time.Instant;

/**
 * A coordinator invited a respondent (or sent the invitation again): someone must mail the one-time link.
 * The raw token travels only in this event; the directory keeps nothing but its hash.
 *
 * @param token the secret part of the link {@code /invitations/{token}}
 * @param invitedBy the coordinator's account
 * @param language the language tag ({@code id} or {@code en}) the coordinator chose for the mail
 */
public record InvitationIssued(long accountId, String email, String displayName, long bodyId, String bodyName,
		String token, Instant expiresAt, long invitedBy, String language) {

	public InvitationIssued {
		// publications stored before the language existed come back without one: they were Indonesian
		if (language == null || language.isBlank()) {
			language = "id";
		}
	}

	@Override
	public String toString() {
		// keeps the secret out of logs that print the event
		return "InvitationIssued[accountId=" + accountId + ", bodyId=" + bodyId + ", expiresAt=" + expiresAt + "]";
	}

}
