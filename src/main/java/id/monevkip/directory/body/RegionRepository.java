package id.monevkip.directory.body;

import java.util.List;
import java.util.Optional;

import id.monevkip.directory.RegionLevel;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findByCode(String code);

	List<Region> findByLevelInOrderByCode(List<RegionLevel> levels);

	List<Region> findAllByOrderByCode();

}
