package id.monevkip.directory.home;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.monevkip.directory.BodyView;
import id.monevkip.directory.account.AccountRepository;
import id.monevkip.directory.body.BodyCategoryRepository;
import id.monevkip.directory.body.PublicBody;
import id.monevkip.directory.body.PublicBodyRepository;
import id.monevkip.shared.CurrentUser;
import id.monevkip.shared.NotFoundException;
import id.monevkip.shared.Role;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures for the role home pages. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class HomeService {

	private final PublicBodyRepository bodies;

	private final AccountRepository accounts;

	private final BodyCategoryRepository categories;

	record AdminStats(long activeBodies, long categories, Map<Role, Long> accountsByRole) {
	}

	record CategoryCount(String name, long total) {
	}

	AdminStats adminStats() {
		Map<Role, Long> byRole = Stream.of(Role.values())
			.collect(Collectors.toMap(r -> r, accounts::countActiveWithRole, (a, b) -> a, java.util.LinkedHashMap::new));
		return new AdminStats(bodies.countByActiveTrue(), categories.count(), byRole);
	}

	/** Active bodies per category, in the whole directory or below one body. */
	List<CategoryCount> categoryCounts(@Nullable Long rootId) {
		var rows = rootId == null ? bodies.countByCategory()
				: bodies.countByCategoryInSubtree(rootId, bodies.findById(rootId).orElseThrow().ownPath());
		return rows.stream().map(r -> new CategoryCount(r.getName(), r.getTotal())).toList();
	}

	BodyView ownBody(CurrentUser user) {
		Long bodyId = user.bodyId();
		if (bodyId == null) {
			throw new NotFoundException("Body of account " + user.accountId());
		}
		return bodies.findWithDetailsById(bodyId).map(PublicBody::toView).orElseThrow(() -> new NotFoundException("Body"));
	}

}
