package id.monevkip.assessment.shortlist;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShortlistAdjustmentRepository extends JpaRepository<ShortlistAdjustment, Long> {

	List<ShortlistAdjustment> findByCycleIdOrderByAdjustedAtDescIdDesc(long cycleId);

}
