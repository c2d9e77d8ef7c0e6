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
 * @param region the code of a kabupaten/kota (or province)
 * @param status a {@link BoardStatus} name
 * @param overdue {@code true} for overdue bodies only
 * @param sort {@code name}, {@code answered} or {@code activity}
 * @param cycle the id of another cycle than the one running now
 */
record ProgressFilter(@Nullable String q, @Nullable String category, @Nullable String region,
		@Nullable String status, @Nullable String overdue, @Nullable String sort, @Nullable String page,
		@Nullable String size, @Nullable String cycle) {

	static final int DEFAULT_SIZE = 25;

	static final int MAX_SIZE = 100;

	static ProgressFilter none() {
		return new ProgressFilter(null, null, null, null, null, null, null, null, null);
	}

	public boolean overdueOnly() {
		return "true".equalsIgnoreCase(overdue);
	}

	boolean overdueUnknown() {
		return overdue != null && !overdueOnly() && !"false".equalsIgnoreCase(overdue);
	}

	/** The id in a cycle parameter, or {@code null} when none was given or it is not a number. */
	@Nullable
	static Long cycleId(@Nullable String cycle) {
		if (cycle == null) {
			return null;
		}
		try {
			return Long.valueOf(cycle.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
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

	/** The board (or a page under it) in the cycle these filters show, without the other filters. */
	public String inCycle(String path) {
		var uri = UriComponentsBuilder.fromPath(path);
		add(uri, "cycle", cycle);
		return uri.build().encode().toUriString();
	}

	/** The board in the cycle these filters show, filtered by one value only, e.g. for a total's link. */
	public String only(String path, String name, String value) {
		var uri = UriComponentsBuilder.fromPath(path);
		add(uri, "cycle", cycle);
		uri.queryParam(name, value);
		return uri.build().encode().toUriString();
	}

	/** A download's URL with these filters and this order; a download has no pages. */
	public String exportUrl(String path) {
		return filtered(path, sort).build().encode().toUriString();
	}

	private UriComponentsBuilder filtered(String path, @Nullable String sortBy) {
		var uri = UriComponentsBuilder.fromPath(path);
		add(uri, "cycle", cycle);
		add(uri, "q", q);
		add(uri, "category", category);
		add(uri, "region", region);
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
