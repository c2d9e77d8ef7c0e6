package id.monevkip.directory;

import org.jspecify.annotations.Nullable;

/** A public body as pages and other modules read it. */
public record BodyView(long id, String code, String name, long categoryId, String categoryName,
		@Nullable Long regionId, @Nullable String regionCode, @Nullable String regionName, @Nullable Long parentId, @Nullable String parentName,
		PpidType ppidType, @Nullable String website, @Nullable String email, @Nullable String phone,
		@Nullable String address, boolean active, long version) {
}
