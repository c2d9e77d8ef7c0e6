package id.monevkip.ranking.awards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An award category as the admin types it; numbers stay text so that wrong input comes back as typed, with a
 * message instead of a conversion error.
 */
record AwardForm(@Nullable String name, @Nullable String winners, @Nullable String topPerRegency,
		@Nullable String sortOrder, @Nullable List<Long> bodyCategoryIds) {

	static final int MAX_NAME = 200;

	static final int MAX_NUMBER = 1000;

	static AwardForm empty() {
		return new AwardForm(null, "3", null, "0", List.of());
	}

	static AwardForm of(AwardCategoryView award) {
		return new AwardForm(award.name(), Integer.toString(award.winners()),
				award.topPerRegency() == null ? null : award.topPerRegency().toString(),
				Integer.toString(award.sortOrder()), award.bodyCategoryIds());
	}

	/** Everything wrong with the form itself (the mapping against other award categories is checked by the caller). */
	List<FormProblem> problems() {
		List<FormProblem> problems = new ArrayList<>();
		if (name == null || name.isBlank()) {
			problems.add(new FormProblem("name", "awards.config.nameRequired"));
		}
		else if (name.strip().length() > MAX_NAME) {
			problems.add(new FormProblem("name", "awards.config.nameTooLong", String.valueOf(MAX_NAME)));
		}
		Integer n = number(winners);
		if (n == null || n < 1 || n > MAX_NUMBER) {
			problems.add(new FormProblem("winners", "awards.config.winnersRange", String.valueOf(MAX_NUMBER)));
		}
		if (topPerRegency != null && !topPerRegency.isBlank()) {
			Integer k = number(topPerRegency);
			if (k == null || k < 1 || k > MAX_NUMBER) {
				problems.add(new FormProblem("topPerRegency", "awards.config.topRange", String.valueOf(MAX_NUMBER)));
			}
		}
		if (sortOrder != null && !sortOrder.isBlank() && number(sortOrder) == null) {
			problems.add(new FormProblem("sortOrder", "awards.config.sortOrderNumber"));
		}
		if (categories().isEmpty()) {
			problems.add(new FormProblem("bodyCategoryIds", "awards.config.categoriesRequired"));
		}
		return problems;
	}

	String cleanName() {
		return name == null ? "" : name.strip();
	}

	int winnersCount() {
		Integer n = number(winners);
		return n == null ? 1 : n;
	}

	@Nullable Integer topK() {
		return topPerRegency == null || topPerRegency.isBlank() ? null : number(topPerRegency);
	}

	int order() {
		Integer order = number(sortOrder);
		return order == null ? 0 : order;
	}

	List<Long> categories() {
		return bodyCategoryIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(bodyCategoryIds));
	}

	private static @Nullable Integer number(@Nullable String text) {
		if (text == null || !text.strip().matches("-?\\d{1,6}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

}
