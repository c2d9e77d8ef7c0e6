package id.monevkip.directory.body;

import java.time.Clock;

import id.monevkip.directory.BodyView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.BusinessException;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding, creating and editing public bodies. Keeps the PPID tree consistent: a body never ends up below
 * itself, and moving a body carries its whole subtree along.
 */
@Service
@RequiredArgsConstructor
@Transactional
class BodyService {

	static final int DEFAULT_PAGE_SIZE = 25;

	static final int MAX_PAGE_SIZE = 100;

	static final int CHILDREN_SHOWN = 50;

	private static final Sort BY_NAME = Sort.by("name", "id");

	private final PublicBodyRepository bodies;

	private final BodyCategoryRepository categories;

	private final RegionRepository regions;

	private final DirectoryManagement directory;

	private final Clock clock;

	/** One page of the bodies the user may see, by name; {@code size} is capped at 100. */
	@Transactional(readOnly = true)
	Page<BodyView> search(BodyFilter filter, int page, int size, CurrentUser user) {
		var pageable = PageRequest.of(Math.max(page, 0), pageSize(size), BY_NAME);
		return bodies.findAll(BodySpecifications.matching(filter).and(scopeOf(user)), pageable).map(PublicBody::toView);
	}

	static int pageSize(int requested) {
		return requested <= 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
	}

	/** Admins and commissioners see every body, a coordinator its subtree, anyone else only its own body. */
	private Specification<PublicBody> scopeOf(CurrentUser user) {
		if (user.seesAllBodies()) {
			return Specification.unrestricted();
		}
		Long own = user.bodyId();
		if (own == null) {
			return BodySpecifications.none();
		}
		if (!user.has(Role.COORDINATOR)) {
			return BodySpecifications.withId(own);
		}
		return bodies.findById(own)
			.map(root -> BodySpecifications.inSubtree(own, root.ownPath()))
			.orElseGet(BodySpecifications::none);
	}

	/** A body with its first children. Callers check visibility first (admins see all). */
	@Transactional(readOnly = true)
	BodyDetail detail(long id) {
		var body = bodies.findWithDetailsById(id).orElseThrow(() -> new NotFoundException("Body " + id));
		var children = bodies.findAll(BodySpecifications.matching(BodyFilter.childrenOf(id)),
				PageRequest.of(0, CHILDREN_SHOWN, BY_NAME));
		var region = body.getRegion();
		var parent = body.getParent();
		return new BodyDetail(body.toView(), region == null ? null : region.getCode(),
				parent == null ? null : parent.getCode(), children.map(PublicBody::toView).getContent(),
				children.getTotalElements());
	}

	/** The detail page of a body the user may see; 404 for any other id, existing or not. */
	@Transactional(readOnly = true)
	BodyDetail visibleDetail(CurrentUser user, long id) {
		directory.visibleBody(user, id);
		return detail(id);
	}

	long create(SaveBody command) {
		String code = FieldRules.normaliseCode(command.code());
		if (!FieldRules.isValidCode(code)) {
			throw new BusinessException("code", "bodies.error.codeFormat");
		}
		if (bodies.findByCode(code).isPresent()) {
			throw new BusinessException("code", "bodies.error.codeTaken", code);
		}
		var category = category(command.categoryId(), null);
		var parent = parent(command.parentCode());
		var body = bodies.save(new PublicBody(code, details(command, category), clock.instant()));
		body.placeUnder(parent);
		return body.getId();
	}

	/**
	 * Saves an edited body. The code never changes: imports and reports refer to it.
	 * @throws ObjectOptimisticLockingFailureException when someone saved the body after the form was opened
	 */
	void update(long id, SaveBody command, long expectedVersion) {
		var body = bodies.findById(id).orElseThrow(() -> new NotFoundException("Body " + id));
		if (body.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(PublicBody.class, id);
		}
		var category = category(command.categoryId(), body.getCategory());
		var parent = parent(command.parentCode());
		if (parent != null && body.contains(parent)) {
			throw new BusinessException("parentCode", "bodies.error.parentInside");
		}
		body.apply(details(command, category), clock.instant());
		String oldPrefix = body.ownPath();
		body.placeUnder(parent);
		if (!oldPrefix.equals(body.ownPath())) {
			bodies.movePaths(oldPrefix, body.ownPath());
		}
	}

	void deactivate(long id) {
		find(id).deactivate(clock.instant());
	}

	void activate(long id) {
		find(id).activate(clock.instant());
	}

	private PublicBody find(long id) {
		return bodies.findById(id).orElseThrow(() -> new NotFoundException("Body " + id));
	}

	/** New bodies need an active category; an edited body may keep the one it has even if retired since. */
	private BodyCategory category(Long categoryId, @Nullable BodyCategory current) {
		var category = categories.findById(categoryId)
			.orElseThrow(() -> new BusinessException("categoryId", "bodies.error.categoryUnknown"));
		boolean unchanged = current != null && current.getId().equals(category.getId());
		if (!category.isActive() && !unchanged) {
			throw new BusinessException("categoryId", "bodies.error.categoryInactive");
		}
		return category;
	}

	private @Nullable PublicBody parent(@Nullable String parentCode) {
		String code = FieldRules.normaliseCode(parentCode);
		if (code == null || code.isEmpty()) {
			return null;
		}
		return bodies.findByCode(code)
			.orElseThrow(() -> new BusinessException("parentCode", "bodies.error.parentUnknown", code));
	}

	private PublicBody.Details details(SaveBody command, BodyCategory category) {
		if (!FieldRules.isValidWebsite(command.website())) {
			throw new BusinessException("website", "bodies.error.website");
		}
		if (!FieldRules.isValidEmail(command.email())) {
			throw new BusinessException("email", "bodies.error.email");
		}
		if (!FieldRules.isValidPhone(command.phone())) {
			throw new BusinessException("phone", "import.reason.phone");
		}
		Region region = null;
		if (command.regionCode() != null && !command.regionCode().isBlank()) {
			region = regions.findByCode(command.regionCode().trim())
				.orElseThrow(() -> new BusinessException("regionCode", "bodies.error.regionUnknown"));
		}
		return new PublicBody.Details(command.name(), category, region, command.ppidType(), command.website(),
				command.email(), command.phone(), command.address());
	}

}
