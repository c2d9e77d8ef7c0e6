package id.monevkip.ranking.tokoh;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findByCycleIdOrderByName(long cycleId);

	List<Nomination> findByCycleIdAndNominatedByIdOrderByName(long cycleId, long nominatedById);

	List<Nomination> findByCycleIdAndSelectionReasonIsNotNullOrderByName(long cycleId);

}
