package id.monevkip.ranking.tokoh;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TokohSheetRepository extends JpaRepository<TokohSheet, Long> {

	Optional<TokohSheet> findByNominationIdAndJurorAccountId(long nominationId, long jurorAccountId);

	List<TokohSheet> findByCycleId(long cycleId);

	List<TokohSheet> findByCycleIdAndJurorAccountId(long cycleId, long jurorAccountId);

	boolean existsByCycleIdAndJurorAccountId(long cycleId, long jurorAccountId);

}
