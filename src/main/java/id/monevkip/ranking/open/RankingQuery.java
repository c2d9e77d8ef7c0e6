package id.monevkip.ranking.open;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.monevkip.ranking.open.PublishedResults.CategoryGroup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * What a visitor asked of a year's ranking: a search text (body name or code), a category, a page. Parsed leniently
 * because the parameters come from hand-edited URLs: anything unreadable counts as not given.
 *
 * <p>Without search and category the page is an overview, each category's first {@link #TOP} lines with a link to
 * the whole category; otherwise the matching lines, {@link #PAGE_SIZE} a page, so that 10,000 bodies stay usable.
 */
public record RankingQuery(@Nullable String q, @Nullable Long categoryId, int page) {

	public static final int TOP = 10;

	static final int PAGE_SIZE = 50;

	private static final int MAX_SEARCH = 100;

	static RankingQuery of(@Nullable String q, @Nullable String category, @Nullable String page) {
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > MAX_SEARCH) {
			text = text.substring(0, MAX_SEARCH);
		}
		return new RankingQuery(text, number(category), Math.max(0, number(page) == null ? 0 : number(page).intValue()));
	}

	private static @Nullable Long number(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	public boolean overview() {
		return q == null && categoryId == null;
	}

	/** One category's block of lines on the page; {@code more}: lines of the category not shown in the overview. */
	public record Section(CategoryGroup category, List<PublicRow> rows, int more) {
	}

	/** The page's sections and, outside the overview, the page of matching lines for the pager. */
	public record Result(List<Section> sections, @Nullable Page<PublicRow> page) {
	}

	Result apply(PublishedResults results) {
		return overview() ? overviewOf(results) : filtered(results);
	}

	private Result overviewOf(PublishedResults results) {
		var sections = new ArrayList<Section>();
		int start = 0;
		for (var category : results.categories()) {
			int shown = Math.min(TOP, category.bodies());
			sections.add(new Section(category, results.rows().subList(start, start + shown), category.bodies() - shown));
			start += category.bodies();
		}
		return new Result(sections, null);
	}

	private Result filtered(PublishedResults results) {
		String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
		var matching = results.rows()
			.stream()
			.filter(r -> categoryId == null || r.categoryId() == categoryId)
			.filter(r -> needle == null || r.matches(needle))
			.toList();
		int last = Math.max(0, (matching.size() - 1) / PAGE_SIZE);
		int number = Math.min(page, last);
		var content = matching.subList(number * PAGE_SIZE, Math.min(matching.size(), (number + 1) * PAGE_SIZE));
		var sections = new ArrayList<Section>();
		for (var category : results.categories()) {
			var lines = content.stream().filter(r -> r.categoryId() == category.id()).toList();
			if (!lines.isEmpty()) {
				sections.add(new Section(category, lines, 0));
			}
		}
		return new Result(sections, new PageImpl<>(content, PageRequest.of(number, PAGE_SIZE), matching.size()));
	}

}
