package id.monevkip.ranking.tokoh;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TokohCriterionRepository extends JpaRepository<TokohCriterion, Long> {

	List<TokohCriterion> findByCycleIdOrderByPosition(long cycleId);

	void deleteByCycleId(long cycleId);

}
