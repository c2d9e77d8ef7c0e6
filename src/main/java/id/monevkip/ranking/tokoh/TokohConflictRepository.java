package id.monevkip.ranking.tokoh;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TokohConflictRepository extends JpaRepository<TokohConflict, Long> {

	Optional<TokohConflict> findByNominationIdAndJurorAccountId(long nominationId, long jurorAccountId);

	List<TokohConflict> findByNominationIdIn(Collection<Long> nominationIds);

}
