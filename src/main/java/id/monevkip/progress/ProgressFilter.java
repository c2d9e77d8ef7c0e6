package id.monevkip.progress;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the board is filtered, sorted and paged by, as typed in the address bar: every part is text, so that a
 * mistyped value is reported on the page instead of failing the request.
 *
 * @param q part of a body's name or code, any case
 * @param category a category code
 * @param status a {@link BoardStatus} name
 * @param overdue {@code true} for overdue bodies only
 * @param sort {@code name}, {@code answered} or {@code activity}
 */
record ProgressFilter(@Nullable String q, @Nullable String category, @Nullable String status,
		@Nullable String overdue, @Nullable String sort, @Nullable String page, @Nullable String size) {

	static final int DEFAULT_SIZE = 25;

	static final int MAX_SIZE = 100;

	static ProgressFilter none() {
		return new ProgressFilter(null, null, null, null, null, null, null);
	}

	public boolean overdueOnly() {
		return "true".equalsIgnoreCase(overdue);
	}

	boolean overdueUnknown() {
		return overdue != null && !overdueOnly() && !"false".equalsIgnoreCase(overdue);
	}

	@Nullable
	BoardStatus statusValue() {
		if (status == null) {
			return null;
		}
		try {
			return BoardStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The list URL with these filters (without the page), for the pager and the sort links. */
	public String url(String path) {
		return url(path, sort);
	}

	/** Like {@link #url(String)} with another sort. */
	public String url(String path, @Nullable String sortBy) {
		var uri = filtered(path, sortBy);
		add(uri, "size", size);
		return uri.build().encode().toUriString();
	}

	/** A download's URL with these filters and this order; a download has no pages. */
	public String exportUrl(String path) {
		return filtered(path, sort).build().encode().toUriString();
	}

	private UriComponentsBuilder filtered(String path, @Nullable String sortBy) {
		var uri = UriComponentsBuilder.fromPath(path);
		add(uri, "q", q);
		add(uri, "category", category);
		add(uri, "status", status);
		add(uri, "overdue", overdueOnly() ? "true" : null);
		add(uri, "sort", sortBy);
		return uri;
	}

	private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
