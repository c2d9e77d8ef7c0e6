package id.monevkip.directory.account;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the coordinator's respondent list is narrowed to, as typed in the address bar: every part is text, so that
 * a mistyped value is reported on the page instead of failing the request (like the progress board).
 *
 * @param q part of the name or email, any case
 * @param body the id of a body in the coordinator's subtree
 * @param state a {@link RespondentState} name, any case
 */
record RespondentFilter(@Nullable String q, @Nullable String body, @Nullable String state, @Nullable String page,
		@Nullable String size) {

	static final int DEFAULT_SIZE = 25;

	static final int MAX_SIZE = 100;

	static RespondentFilter none() {
		return new RespondentFilter(null, null, null, null, null);
	}

	/** Whether the list is narrowed at all, for telling "no respondents yet" from "none of them matches". */
	public boolean narrowed() {
		return q != null || body != null || state != null;
	}

	Optional<RespondentState> stateValue() {
		if (state == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(RespondentState.valueOf(state.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	Optional<Long> bodyValue() {
		if (body == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(body.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The list URL with these filters (without the page), for the pager. */
	public String url(String path) {
		var uri = UriComponentsBuilder.fromPath(path);
		add(uri, "q", q);
		add(uri, "body", body);
		add(uri, "state", state);
		add(uri, "size", size);
		return uri.build().encode().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
