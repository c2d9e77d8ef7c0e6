package id.monevkip.cycle.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.monevkip.cycle.ParticipantView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findByCycleId(long cycleId);

	long countByCycleId(long cycleId);

	/** Every participant of a cycle without loading entities: boards read ten thousand of them per request. */
	@Query("select new id.monevkip.cycle.ParticipantView(p.bodyId, p.categoryId) from Participant p where p.cycleId = :cycleId")
	List<ParticipantView> views(long cycleId);

	boolean existsByCycleIdAndBodyId(long cycleId, long bodyId);

	Optional<Participant> findByCycleIdAndBodyId(long cycleId, long bodyId);

	@Query("select p.cycleId from Participant p where p.bodyId = :bodyId")
	List<Long> cycleIdsOfBody(long bodyId);

	@Query("select p.bodyId from Participant p where p.cycleId = :cycleId")
	Set<Long> bodyIds(long cycleId);

	@Query("""
			select p from Participant p where p.cycleId = :cycleId
			and (:categoryId is null or p.categoryId = :categoryId) order by p.categoryId, p.id""")
	Page<Participant> page(long cycleId, @Nullable Long categoryId, Pageable pageable);

	/** Participant count per cycle, for the cycle list in one query. */
	@Query("select p.cycleId as cycleId, count(p) as total from Participant p group by p.cycleId")
	List<CycleCount> countPerCycle();

	interface CycleCount {

		Long getCycleId();

		Long getTotal();

	}

}
