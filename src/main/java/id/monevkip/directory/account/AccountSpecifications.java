package id.monevkip.directory.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.monevkip.directory.body.PublicBody;
import id.monevkip.shared.Role;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/** The account lists' filters (the administrators' and the coordinators') as JPA criteria predicates. */
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

	/**
	 * The accounts a coordinator looks after: whose only role is this one, acting for a body of the subtree below
	 * {@code root}, narrowed by part of the name or email, one body of the subtree and a state.
	 */
	static Specification<Account> soleRoleInSubtree(Role role, PublicBody root, @Nullable String q,
			@Nullable Long bodyId, @Nullable RespondentState state) {
		return (account, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			Expression<Set<Role>> roles = account.get("roles");
			Path<PublicBody> body = account.get("publicBody");
			predicates.add(cb.isMember(role, roles));
			predicates.add(cb.equal(cb.size(roles), 1));
			predicates.add(cb.or(cb.equal(body.get("id"), root.getId()),
					cb.like(body.get("path"), escape(root.ownPath()) + "%", '\\')));
			if (q != null) {
				String pattern = "%" + escape(q.toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(account.get("displayName")), pattern, '\\'),
						cb.like(account.get("email"), pattern, '\\')));
			}
			if (bodyId != null) {
				predicates.add(cb.equal(body.get("id"), bodyId));
			}
			if (state != null) {
				predicates.add(state(state, account, cb));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Predicate state(RespondentState state, Root<Account> account, CriteriaBuilder cb) {
		Predicate active = cb.isTrue(account.get("active"));
		Path<String> passwordHash = account.get("passwordHash");
		return switch (state) {
			case ACTIVE -> cb.and(active, cb.isNotNull(passwordHash));
			case INVITED -> cb.and(active, cb.isNull(passwordHash));
			case INACTIVE -> cb.not(active);
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
