package id.monevkip.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	List<Region> findByLevelInOrderByCode(List<RegionLevel> levels);

	List<Region> findAllByOrderByCode();

}
