package id.monevkip.directory.body;

import id.monevkip.directory.PpidType;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the body list is filtered by; every part is optional.
 *
 * @param q part of the name or code, any case
 * @param regionCode a Kemendagri code: the region itself and everything inside it
 * @param parentId only the direct children of this body
 * @param status active bodies unless asked otherwise
 */
record BodyFilter(@Nullable String q, @Nullable Long categoryId, @Nullable String regionCode,
		@Nullable PpidType ppidType, @Nullable Long parentId, Status status) {

	enum Status {

		ACTIVE, INACTIVE, ALL

	}

	BodyFilter {
		status = status == null ? Status.ACTIVE : status;
	}

	static BodyFilter childrenOf(long parentId) {
		return new BodyFilter(null, null, null, null, parentId, Status.ALL);
	}

	/** The list URL with these filters, for the pager and for links that keep the filters. */
	public String url(String path, int size) {
		var uri = UriComponentsBuilder.fromPath(path);
		addIfPresent(uri, "q", q);
		addIfPresent(uri, "categoryId", categoryId);
		addIfPresent(uri, "regionCode", regionCode);
		addIfPresent(uri, "ppidType", ppidType);
		addIfPresent(uri, "parentId", parentId);
		if (status != Status.ACTIVE) {
			uri.queryParam("status", status);
		}
		if (size != BodyService.DEFAULT_PAGE_SIZE) {
			uri.queryParam("size", size);
		}
		return uri.build().encode().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, @Nullable Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

}
