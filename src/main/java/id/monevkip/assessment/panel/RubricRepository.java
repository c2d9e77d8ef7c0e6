package id.monevkip.assessment.panel;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RubricRepository extends JpaRepository<Rubric, Long> {

	@EntityGraph(attributePaths = "criteria")
	Optional<Rubric> findByCycleIdAndStage(long cycleId, PanelStage stage);

	@EntityGraph(attributePaths = "criteria")
	List<Rubric> findByCycleId(long cycleId);

	/**
	 * Takes the rubric's row lock: submissions of one stage then run one after the other, so each aggregate is
	 * computed from every sheet submitted before it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Rubric r where r.id = :id")
	Optional<Rubric> lock(@Param("id") long id);

}
