package id.monevkip.assessment.panel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface SheetRepository extends JpaRepository<Sheet, Long> {

	@EntityGraph(attributePaths = "marks")
	Optional<Sheet> findByCycleIdAndBodyIdAndStageAndJudgeAccountId(long cycleId, long bodyId, PanelStage stage,
			long judgeAccountId);

	@EntityGraph(attributePaths = "marks")
	List<Sheet> findByCycleIdAndBodyIdAndStageOrderByJudgeNameAscIdAsc(long cycleId, long bodyId, PanelStage stage);

	@EntityGraph(attributePaths = "marks")
	List<Sheet> findByCycleIdAndStageOrderByJudgeNameAscIdAsc(long cycleId, PanelStage stage);

	List<Sheet> findByCycleIdAndJudgeAccountId(long cycleId, long judgeAccountId);

	boolean existsByCycleIdAndStageAndSubmittedAtIsNotNull(long cycleId, PanelStage stage);

}
