package id.monevkip.directory.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.monevkip.shared.Role;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The account list's filters as one JPA criteria predicate. */
final class AccountSpecifications {

	private AccountSpecifications() {
	}

	/**
	 * @param bodyId the body the filter resolved to (by id or by code), if it names one
	 * @param now decides which locks are still running
	 */
	static Specification<Account> matching(AccountFilter filter, @Nullable Long bodyId, Instant now) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (filter.q() != null) {
				String pattern = "%" + escape(filter.q().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
						cb.like(root.get("email"), pattern, '\\')));
			}
			if (filter.role() != null) {
				predicates.add(cb.isMember(filter.role(), root.<Set<Role>>get("roles")));
			}
			if (bodyId != null) {
				predicates.add(cb.equal(root.get("publicBody").get("id"), bodyId));
			}
			if (filter.status() != null) {
				predicates.add(status(filter.status(), root, cb, now));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Predicate status(AccountStatus status, Root<Account> root, CriteriaBuilder cb, Instant now) {
		Path<Instant> lockedUntil = root.get("lockedUntil");
		Predicate active = cb.isTrue(root.get("active"));
		Predicate locked = cb.greaterThan(lockedUntil, now);
		return switch (status) {
			case INACTIVE -> cb.not(active);
			case LOCKED -> cb.and(active, locked);
			case ACTIVE -> cb.and(active, cb.or(cb.isNull(lockedUntil), cb.not(locked)));
		};
	}

	/** Searching for "50%" or "a_b" means those characters, not LIKE wildcards. */
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
