package id.monevkip.directory.body;

import java.util.List;

import id.monevkip.directory.BodyView;
import org.jspecify.annotations.Nullable;

/**
 * A body with what its detail and edit pages show besides its profile: the codes of its region and parent
 * (the edit form takes codes) and the first of its direct children.
 *
 * @param childCount all direct children, of which {@code children} may hold only the first page
 */
record BodyDetail(BodyView body, @Nullable String regionCode, @Nullable String parentCode, List<BodyView> children,
		long childCount) {

	public boolean hasMoreChildren() {
		return childCount > children.size();
	}

}
