package id.monevkip.directory.body;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BodyCategoryRepository extends JpaRepository<BodyCategory, Long> {

	Optional<BodyCategory> findByCode(String code);

	boolean existsByCode(String code);

	List<BodyCategory> findAllByOrderBySortOrderAscNameAsc();

	List<BodyCategory> findByActiveTrueOrderBySortOrderAscNameAsc();

	/** Bodies per category, active or not; categories without bodies are absent. */
	@Query("select b.category.id as categoryId, count(b) as total from PublicBody b group by b.category.id")
	List<BodyCount> countBodies();

	interface BodyCount {

		Long getCategoryId();

		long getTotal();

	}

}
