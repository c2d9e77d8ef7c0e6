package id.monevkip.assessment.panel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RubricRepository extends JpaRepository<Rubric, Long> {

	@EntityGraph(attributePaths = "criteria")
	Optional<Rubric> findByCycleIdAndStage(long cycleId, PanelStage stage);

	@EntityGraph(attributePaths = "criteria")
	List<Rubric> findByCycleId(long cycleId);

}
