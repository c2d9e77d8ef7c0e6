package id.monevkip.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeclaredConflictRepository extends JpaRepository<DeclaredConflict, Long> {

	List<DeclaredConflict> findByAccountIdOrderByRecordedAtDesc(long accountId);

	List<DeclaredConflict> findByAccountIdIn(Collection<Long> accountIds);

	Optional<DeclaredConflict> findByAccountIdAndBodyId(long accountId, long bodyId);

	boolean existsByAccountIdAndBodyId(long accountId, long bodyId);

}
