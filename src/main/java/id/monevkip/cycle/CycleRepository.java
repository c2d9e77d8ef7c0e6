package id.monevkip.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

	List<Cycle> findAllByOrderByYearDesc();

	Optional<Cycle> findByOrganiserBodyIdAndYear(long organiserBodyId, int year);

}
