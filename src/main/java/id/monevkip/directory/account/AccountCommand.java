package id.monevkip.directory.account;

import java.util.Set;

import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for an account.
 *
 * @param bodyCode the code of the public body a coordinator or respondent acts for
 * @param password the initial password on creation; empty lets the system generate a temporary one
 */
record AccountCommand(String email, String displayName, @Nullable String phone, @Nullable String position,
		Set<Role> roles, @Nullable String bodyCode, @Nullable String password) {

}
