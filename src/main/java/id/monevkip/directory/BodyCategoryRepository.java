package id.monevkip.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BodyCategoryRepository extends JpaRepository<BodyCategory, Long> {

	Optional<BodyCategory> findByCode(String code);

	List<BodyCategory> findAllByOrderBySortOrderAscNameAsc();

	List<BodyCategory> findByActiveTrueOrderBySortOrderAscNameAsc();

}
