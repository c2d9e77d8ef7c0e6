package id.monevkip.ranking.open;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.monevkip.assessment.DecreeView;
import id.monevkip.ranking.open.PublishedResults.CategoryGroup;
import id.monevkip.ranking.publication.PublicationView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The public ranking's overview, filters and paging over a large published year, and lenient URL parameters. */
class RankingQueryTests {

	/** 120 bodies in category 1 (named "Dinas n"), 5 in category 2 ("Kantor n"), ranked in that order. */
	private final PublishedResults results = results();

	@Test
	void withoutFiltersEachCategoryShowsItsTopTenAndHowManyMore() {
		var ranking = RankingQuery.of(null, null, null).apply(results);

		assertThat(ranking.page()).isNull();
		assertThat(ranking.sections()).hasSize(2);
		assertThat(ranking.sections().get(0).rows()).extracting(PublicRow::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(ranking.sections().get(0).more()).isEqualTo(110);
		assertThat(ranking.sections().get(1).rows()).extracting(PublicRow::name)
			.containsExactly("Kantor 1", "Kantor 2", "Kantor 3", "Kantor 4", "Kantor 5");
		assertThat(ranking.sections().get(1).more()).isZero();
	}

	@Test
	void aCategoryIsPagedFiftyAtATimeAndAPageBeyondTheEndShowsTheLastPage() {
		var third = RankingQuery.of("", "1", "2").apply(results);
		assertThat(third.page().getTotalElements()).isEqualTo(120);
		assertThat(third.page().getNumber()).isEqualTo(2);
		assertThat(third.sections()).singleElement().satisfies(s -> assertThat(s.rows()).hasSize(20)
			.first().extracting(PublicRow::rank).isEqualTo(101));

		assertThat(RankingQuery.of(null, "1", "99").apply(results).page().getNumber()).isEqualTo(2);
	}

	@Test
	void theSearchMatchesNameOrCodeWithoutRegardToCaseAcrossCategories() {
		var byName = RankingQuery.of("  kantor 3 ", null, null).apply(results);
		assertThat(byName.page().getContent()).extracting(PublicRow::name).containsExactly("Kantor 3");

		var byCode = RankingQuery.of("b-2-00", null, null).apply(results);
		assertThat(byCode.page().getContent()).extracting(PublicRow::code)
			.containsExactly("B-2-001", "B-2-002", "B-2-003", "B-2-004", "B-2-005");
		var both = RankingQuery.of("5", null, null).apply(results);
		assertThat(both.page().getTotalElements()).isEqualTo(22);
		assertThat(both.sections()).extracting(s -> s.category().name()).containsExactly("OPD", "BUMD");
	}

	@Test
	void unreadableParametersCountAsNotGiven() {
		var query = RankingQuery.of(" ", "abc", "-3");
		assertThat(query.overview()).isTrue();
		assertThat(query.page()).isZero();
		assertThat(RankingQuery.of(null, null, "x").page()).isZero();
		assertThat(RankingQuery.of("a".repeat(500), null, null).q()).hasSize(100);
	}

	private static PublishedResults results() {
		var rows = new ArrayList<PublicRow>();
		for (int i = 1; i <= 120; i++) {
			rows.add(new PublicRow(i, String.format("B-1-%03d", i), "Dinas " + i, 1, "OPD", BigDecimal.valueOf(100 - i / 2.0),
					"INFORMATIF", i));
		}
		for (int i = 1; i <= 5; i++) {
			rows.add(new PublicRow(1000 + i, String.format("B-2-%03d", i), "Kantor " + i, 2, "BUMD", BigDecimal.TEN,
					"TIDAK_INFORMATIF", i));
		}
		var decree = new DecreeView(1, 1, 1, "SK-1", LocalDate.of(2025, 11, 20), null, null, "Komisioner", Instant.EPOCH, 125);
		return new PublishedResults(new PublicationView(1, 2025, Instant.EPOCH, "Komisioner"), decree, List.copyOf(rows),
				List.of(new CategoryGroup(1, "OPD", 120), new CategoryGroup(2, "BUMD", 5)), List.of());
	}

}
