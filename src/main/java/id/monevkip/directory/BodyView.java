package id.monevkip.directory;

import org.jspecify.annotations.Nullable;

/** A public body as pages and other modules read it. */
public record BodyView(long id, String code, String name, long categoryId, String categoryName,
		@Nullable Long regionId, @Nullable String regionName, @Nullable Long parentId, @Nullable String parentName,
		PpidType ppidType, @Nullable String website, @Nullable String email, @Nullable String phone,
		@Nullable String address, boolean active, long version) {

	static BodyView of(PublicBody body) {
		var region = body.getRegion();
		var parent = body.getParent();
		return new BodyView(body.getId(), body.getCode(), body.getName(), body.getCategory().getId(),
				body.getCategory().getName(), region == null ? null : region.getId(),
				region == null ? null : region.getName(), parent == null ? null : parent.getId(),
				parent == null ? null : parent.getName(), body.getPpidType(), body.getWebsite(), body.getEmail(),
				body.getPhone(), body.getAddress(), body.isActive(), body.getVersion());
	}

}
