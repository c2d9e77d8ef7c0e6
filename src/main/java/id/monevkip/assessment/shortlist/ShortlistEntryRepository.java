package id.monevkip.assessment.shortlist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShortlistEntryRepository extends JpaRepository<ShortlistEntry, ShortlistEntry.Key> {

	List<ShortlistEntry> findByCycleId(long cycleId);

	Optional<ShortlistEntry> findByCycleIdAndBodyId(long cycleId, long bodyId);

	@Query("select e.bodyId from ShortlistEntry e where e.cycleId = ?1 and e.included = true")
	List<Long> includedBodyIds(long cycleId);

	boolean existsByCycleId(long cycleId);

}
