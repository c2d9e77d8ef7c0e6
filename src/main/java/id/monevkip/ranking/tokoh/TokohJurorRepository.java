package id.monevkip.ranking.tokoh;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TokohJurorRepository extends JpaRepository<TokohJuror, Long> {

	List<TokohJuror> findByCycleIdOrderByName(long cycleId);

	Optional<TokohJuror> findByCycleIdAndAccountId(long cycleId, long accountId);

	List<TokohJuror> findByAccountId(long accountId);

}
