package id.monevkip.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.monevkip.directory.account.Account;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.account.ContactLists;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.BodyViews;
import id.monevkip.directory.body.RegionRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask the directory: which bodies exist and which of them a user may see.
 * Scope rule: admins and commissioners see every body, a coordinator its body and everything below it,
 * a respondent only its own body. Anything else answers {@link NotFoundException}.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DirectoryManagement {

	private final PublicBodyRepository bodies;

	private final BodyCategoryRepository categories;

	private final BodyViews bodyViews;

	private final ContactLists contactLists;

	private final RegionRepository regions;

	private final AccountRepository accounts;

	/** Every category, active or not, in display order. */
	public List<CategoryView> categories() {
		return categories.findAllByOrderBySortOrderAscNameAsc()
			.stream()
			.map(c -> new CategoryView(c.getId(), c.getCode(), c.getName(), c.isVillage(), c.isActive()))
			.toList();
	}

	public Optional<BodyView> bodyByCode(String code) {
		return bodies.findByCode(code).map(PublicBody::toView);
	}

	/** Active bodies of one category, by name. */
	public List<BodyView> activeBodiesInCategory(long categoryId) {
		return bodies.findActiveInCategory(categoryId).stream().map(PublicBody::toView).toList();
	}

	/** The bodies with these ids (unknown ids are left out), by name. */
	public List<BodyView> bodies(Collection<Long> ids) {
		return bodyViews.byIds(ids);
	}

	/** Every kabupaten/kota and province, by code: what boards total and filter by. */
	public List<RegionView> regencies() {
		return regions.findByLevelInOrderByCode(List.of(RegionLevel.PROVINCE, RegionLevel.REGENCY))
			.stream()
			.map(r -> new RegionView(r.getCode(), r.getName()))
			.toList();
	}

	/** The body, if the user may see it; otherwise 404 whether it exists or not. */
	public BodyView visibleBody(CurrentUser user, long bodyId) {
		if (!isVisible(user, bodyId)) {
			throw new NotFoundException("Body " + bodyId);
		}
		return bodies.findWithDetailsById(bodyId).map(PublicBody::toView).orElseThrow(() -> new NotFoundException("Body " + bodyId));
	}

	public boolean isVisible(CurrentUser user, long bodyId) {
		if (user.seesAllBodies()) {
			return bodies.existsById(bodyId);
		}
		Long own = user.bodyId();
		if (own == null) {
			return false;
		}
		if (user.has(Role.COORDINATOR)) {
			return bodies.isInSubtree(bodyId, own);
		}
		return own == bodyId;
	}

	/** Ids of a body and every body below it in the PPID tree. */
	public List<Long> subtreeIds(long rootId) {
		var root = bodies.findById(rootId).orElseThrow(() -> new NotFoundException("Body " + rootId));
		return bodies.findSubtreeIds(rootId, root.ownPath());
	}

	/**
	 * Ids of the bodies above this one in the PPID tree, from the root down (empty for a root). Unknown body → 404.
	 * Read from the materialised path, so no walking up the tree.
	 */
	public List<Long> ancestorIds(long bodyId) {
		var body = bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("Body " + bodyId));
		return Arrays.stream(body.getPath().split("/")).filter(part -> !part.isEmpty()).map(Long::valueOf).toList();
	}

	/** The active accounts acting for a body in a role (whom to mail a receipt or a reminder), by name. */
	public List<ContactView> contacts(long bodyId, Role role) {
		return accounts.findActiveContacts(bodyId, role);
	}

	/** {@link #contacts(long, Role)} of many bodies at once, in one query; bodies without a contact are left out. */
	public Map<Long, List<ContactView>> contacts(Collection<Long> bodyIds, Role role) {
		return contactLists.of(bodyIds, role);
	}

	/** The active accounts holding a role (e.g. the assessors to assign), by name: one query. */
	public List<PersonView> peopleWithRole(Role role) {
		return accounts.findActivePeople(role);
	}

	/**
	 * For each known body, the ids of its line in the PPID tree: its ancestors from the root down, then itself.
	 * One query for any number of bodies (conflict-of-interest checks over every participant); unknown ids are left out.
	 */
	public Map<Long, List<Long>> lines(Collection<Long> bodyIds) {
		return bodyViews.lines(bodyIds);
	}

	/** An active account's address and name (whom to tell about an assignment); empty when unknown or inactive. */
	public Optional<ContactView> contact(long accountId) {
		return accounts.findById(accountId)
			.filter(Account::isActive)
			.map(a -> new ContactView(a.getId(), a.getEmail(), a.getDisplayName()));
	}

	/** Display names of accounts by id (e.g. who triggered a mail); ids of unknown accounts are left out. */
	public Map<Long, String> accountNames(Collection<Long> ids) {
		return accounts.findAllById(ids).stream().collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

}
