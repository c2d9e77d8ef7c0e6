package id.monevkip.directory.account;

import java.util.ArrayList;
import java.util.List;

import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's respondent list: filtered and paged in the database, never beyond the coordinator's subtree.
 * Filter values that are not understood (an unknown state, a body outside the subtree, a page size that is not a
 * number) are ignored and reported as notices, the way the progress board does.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class RespondentSearch {

	private static final Sort ORDER = Sort.by(Sort.Order.asc("displayName").ignoreCase(), Sort.Order.asc("id"));

	private final AccountRepository accounts;

	private final PublicBodyRepository bodies;

	private final CoordinatorScope scope;

	/** A filter value that was not understood and ignored: a message key and the value as typed. */
	record Notice(String key, String value) {
	}

	/** A page of the list and what was ignored on the way. */
	record Result(Page<RespondentRow> page, List<Notice> notices) {
	}

	Result respondents(CurrentUser coordinator, RespondentFilter filter) {
		var root = scope.root(coordinator);
		var notices = new ArrayList<Notice>();
		Long bodyId = null;
		if (filter.body() != null) {
			bodyId = filter.bodyValue().filter(id -> bodies.isInSubtree(id, root.getId())).orElse(null);
			if (bodyId == null) {
				notices.add(new Notice("invitations.notice.body", filter.body()));
			}
		}
		RespondentState state = filter.stateValue().orElse(null);
		if (filter.state() != null && state == null) {
			notices.add(new Notice("invitations.notice.state", filter.state()));
		}
		int size = size(filter.size(), notices);
		int number = number(filter.page(), notices);
		var matching = AccountSpecifications.soleRoleInSubtree(Role.RESPONDENT, root, filter.q(), bodyId, state);
		var found = accounts.findAll(matching, PageRequest.of(number, size, ORDER));
		if (found.isEmpty() && number > 0 && found.getTotalPages() > 0) {
			// a page beyond the last (an old link, a shorter list now) shows the last page instead of nothing
			found = accounts.findAll(matching, PageRequest.of(found.getTotalPages() - 1, size, ORDER));
		}
		return new Result(found.map(RespondentRow::of), List.copyOf(notices));
	}

	/** Page sizes beyond the maximum are cut to it; anything not a positive number gives the default. */
	private static int size(@Nullable String size, List<Notice> notices) {
		if (size == null) {
			return RespondentFilter.DEFAULT_SIZE;
		}
		try {
			long value = Long.parseLong(size.strip());
			if (value > RespondentFilter.MAX_SIZE) {
				notices.add(new Notice("invitations.notice.sizeCapped", String.valueOf(RespondentFilter.MAX_SIZE)));
				return RespondentFilter.MAX_SIZE;
			}
			if (value > 0) {
				return (int) value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below like any other size that is not a positive number
		}
		notices.add(new Notice("invitations.notice.size", size));
		return RespondentFilter.DEFAULT_SIZE;
	}

	private static int number(@Nullable String page, List<Notice> notices) {
		if (page == null) {
			return 0;
		}
		try {
			long value = Long.parseLong(page.strip());
			if (value >= 0) {
				// keeps page * size inside an int; such a page is past the end and shows the last one
				return (int) Math.min(value, Integer.MAX_VALUE / RespondentFilter.MAX_SIZE);
			}
		}
		catch (NumberFormatException ex) {
			// reported below like a negative page
		}
		notices.add(new Notice("invitations.notice.page", page));
		return 0;
	}

}
