package id.monevkip.assessment.internal;

import java.util.Collection;
import java.util.List;

import id.monevkip.assessment.AssignmentRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findByCycleIdAndBodyIdInOrderByAssignedAtAscIdAsc(long cycleId, Collection<Long> bodyIds);

	List<Assignment> findByCycleIdAndRole(long cycleId, AssignmentRole role);

	List<Assignment> findByCycleIdAndAccountId(long cycleId, long accountId);

	List<Assignment> findByCycleIdAndBodyIdAndRoleOrderByAssignedAtAscIdAsc(long cycleId, long bodyId,
			AssignmentRole role);

	boolean existsByCycleIdAndBodyIdAndAccountIdAndRole(long cycleId, long bodyId, long accountId, AssignmentRole role);

	long deleteByCycleIdAndBodyIdAndAccountIdAndRole(long cycleId, long bodyId, long accountId, AssignmentRole role);

	/**
	 * One page of a cycle's participants by body name, in SQL so that ten thousand participants never leave the
	 * database: the participant and body tables are read here (not through their modules' APIs) only to filter by
	 * category and "without anyone in this role" and to order by name before paging. {@code categoryId} 0 means
	 * every category, an empty {@code withoutRole} every participant.
	 */
	@Query(value = """
			select p.body_id from cycle_participant p join public_body b on b.id = p.body_id
			where p.cycle_id = :cycleId and (:categoryId = 0 or p.category_id = :categoryId)
			  and (:withoutRole = '' or not exists (select 1 from assessment_assignment a
			       where a.cycle_id = p.cycle_id and a.body_id = p.body_id and a.role = :withoutRole))
			order by b.name, b.id""", countQuery = """
			select count(*) from cycle_participant p
			where p.cycle_id = :cycleId and (:categoryId = 0 or p.category_id = :categoryId)
			  and (:withoutRole = '' or not exists (select 1 from assessment_assignment a
			       where a.cycle_id = p.cycle_id and a.body_id = p.body_id and a.role = :withoutRole))""",
			nativeQuery = true)
	Page<Long> participantPage(long cycleId, long categoryId, String withoutRole, Pageable pageable);

}
