package id.monevkip.assessment.ledger;

import id.monevkip.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

/** Who changed a score: a signed-in person, or the system (account null) for computed changes. */
public record Actor(@Nullable Long accountId, String name) {

	public static Actor of(CurrentUser user) {
		return new Actor(user.accountId(), user.displayName());
	}

}
