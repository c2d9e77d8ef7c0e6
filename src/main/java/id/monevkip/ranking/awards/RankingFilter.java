package id.monevkip.ranking.awards;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/** The filters of a ranking page from the address bar: band code, regency code and page (50 rows a page). */
public record RankingFilter(@Nullable String band, @Nullable String regency, int page) {

	static final int PAGE_SIZE = 50;

	static RankingFilter of(@Nullable String band, @Nullable String regency, @Nullable String page) {
		int number = page != null && page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 0;
		return new RankingFilter(blankToNull(band), blankToNull(regency), number);
	}

	Page<AwardLine> apply(List<AwardLine> lines) {
		var matching = lines.stream()
			.filter(l -> band == null || band.equals(l.band()))
			.filter(l -> regency == null || regency.equals(l.regencyCode()))
			.toList();
		int from = Math.min(page * PAGE_SIZE, matching.size());
		int to = Math.min(from + PAGE_SIZE, matching.size());
		return new PageImpl<>(matching.subList(from, to), PageRequest.of(page, PAGE_SIZE), matching.size());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
