package id.monevkip.ranking.awards;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.monevkip.directory.CategoryView;
import id.monevkip.directory.DirectoryManagement;
import id.monevkip.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Award categories for tests, saved through the service the admin page uses, and the demo commissioner. */
@Component
class AwardFixtures {

	private final AwardConfiguration configuration;

	private final DirectoryManagement directory;

	private final UserDetailsService users;

	AwardFixtures(AwardConfiguration configuration, DirectoryManagement directory, UserDetailsService users) {
		this.configuration = configuration;
		this.directory = directory;
		this.users = users;
	}

	/** Saves an award category taking the body categories with these codes; returns its id. */
	long award(long cycleId, String name, int winners, @Nullable Integer topPerRegency, String... categoryCodes) {
		var problems = configuration.save(cycleId, null, new AwardForm(name, Integer.toString(winners),
				topPerRegency == null ? null : topPerRegency.toString(), "0", ids(categoryCodes)));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Award category not saved: " + problems);
		}
		return configuration.categories(cycleId).stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().id();
	}

	List<Long> ids(String... categoryCodes) {
		Map<String, Long> ids = directory.categories().stream().collect(Collectors.toMap(CategoryView::code, CategoryView::id));
		return Arrays.stream(categoryCodes).map(ids::get).toList();
	}

	CurrentUser commissioner() {
		return (CurrentUser) users.loadUserByUsername("komisioner@kipkaltim.test");
	}

}
