package id.monevkip.directory.body;

import java.util.Collection;
import java.util.Locale;

import id.monevkip.directory.PpidType;
import jakarta.persistence.criteria.JoinType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The pieces the body list is filtered with; each returns "no restriction" when its value is absent. */
final class BodySpecifications {

	private static final char ESCAPE = '\\';

	private BodySpecifications() {
	}

	static Specification<PublicBody> matching(BodyFilter filter) {
		return Specification.allOf(nameOrCodeContains(filter.q()), inCategory(filter.categoryId()),
				inRegion(filter.regionCode()), ofType(filter.ppidType()), childOf(filter.parentId()),
				withStatus(filter.status()));
	}

	static Specification<PublicBody> nameOrCodeContains(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return Specification.unrestricted();
		}
		String pattern = "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%";
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, ESCAPE),
				cb.like(cb.lower(root.get("code")), pattern, ESCAPE));
	}

	static Specification<PublicBody> inCategory(@Nullable Long categoryId) {
		return categoryId == null ? Specification.unrestricted()
				: (root, query, cb) -> cb.equal(root.get("category").get("id"), categoryId);
	}

	/** Choosing a kabupaten also finds the bodies of its kecamatan and desa: their codes extend its code. */
	static Specification<PublicBody> inRegion(@Nullable String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			return Specification.unrestricted();
		}
		return (root, query, cb) -> {
			var code = root.join("region", JoinType.INNER).<String>get("code");
			return cb.or(cb.equal(code, regionCode), cb.like(code, escapeLike(regionCode) + ".%", ESCAPE));
		};
	}

	static Specification<PublicBody> ofType(@Nullable PpidType type) {
		return type == null ? Specification.unrestricted() : (root, query, cb) -> cb.equal(root.get("ppidType"), type);
	}

	static Specification<PublicBody> ofTypes(Collection<PpidType> types) {
		return (root, query, cb) -> root.get("ppidType").in(types);
	}

	static Specification<PublicBody> childOf(@Nullable Long parentId) {
		return parentId == null ? Specification.unrestricted()
				: (root, query, cb) -> cb.equal(root.get("parent").get("id"), parentId);
	}

	static Specification<PublicBody> withStatus(BodyFilter.Status status) {
		return switch (status) {
			case ACTIVE -> (root, query, cb) -> cb.isTrue(root.get("active"));
			case INACTIVE -> (root, query, cb) -> cb.isFalse(root.get("active"));
			case ALL -> Specification.unrestricted();
		};
	}

	/** A body and everything below it: the ids on a body's path are its ancestors. */
	static Specification<PublicBody> inSubtree(long rootId, String rootPath) {
		return (root, query, cb) -> cb.or(cb.equal(root.get("id"), rootId),
				cb.like(root.get("path"), escapeLike(rootPath) + "%", ESCAPE));
	}

	static Specification<PublicBody> withId(long id) {
		return (root, query, cb) -> cb.equal(root.get("id"), id);
	}

	static Specification<PublicBody> none() {
		return (root, query, cb) -> cb.disjunction();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
