package id.monevkip.ranking.history;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HistoricalResultRepository extends JpaRepository<HistoricalResult, Long> {

	Optional<HistoricalResult> findByYearAndBodyId(int year, long bodyId);

	@Query("select r.year as year, count(r) as bodies, max(r.importedAt) as lastImport from HistoricalResult r group by r.year order by r.year desc")
	List<YearCount> years();

	/** How many rows each imported year holds, and when it was last imported. */
	interface YearCount {

		int getYear();

		long getBodies();

		java.time.Instant getLastImport();

	}

}
