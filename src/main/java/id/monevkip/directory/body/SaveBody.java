package id.monevkip.directory.body;

import id.monevkip.directory.PpidType;
import org.jspecify.annotations.Nullable;

/**
 * A new or edited public body as the service receives it: the category by id, the region and the parent
 * by code, because that is what people type and what CSV imports carry.
 */
record SaveBody(String code, String name, Long categoryId, @Nullable String regionCode, @Nullable String parentCode,
		PpidType ppidType, @Nullable String website, @Nullable String email, @Nullable String phone,
		@Nullable String address) {
}
