package id.monevkip.directory.account;

import java.util.Optional;

import id.monevkip.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the account list is narrowed to.
 *
 * @param q part of the name or email
 * @param bodyId the public body's id (links from a body page)
 * @param body the public body's code, as an administrator types it
 */
record AccountFilter(@Nullable String q, @Nullable Role role, @Nullable Long bodyId, @Nullable String body,
		@Nullable AccountStatus status) {

	static AccountFilter none() {
		return new AccountFilter(null, null, null, null, null);
	}

	/** The list URL with these filters, for the pager to add its page number to. */
	String url(String path) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParamIfPresent("role", Optional.ofNullable(role))
			.queryParamIfPresent("bodyId", Optional.ofNullable(bodyId))
			.queryParamIfPresent("body", Optional.ofNullable(body))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.encode()
			.build()
			.toUriString();
	}

}
