package id.monevkip.assessment.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface VerificationRepository extends JpaRepository<Verification, Long> {

	Optional<Verification> findBySubmissionId(long submissionId);

	/** The verification locked for a change, so that verdicts on one submission are scored one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from Verification v where v.submissionId = :submissionId")
	Optional<Verification> lockBySubmissionId(long submissionId);

	List<Verification> findByCycleIdAndBodyIdIn(long cycleId, Collection<Long> bodyIds);

	@Modifying
	@Query(value = "insert into verification (submission_id, cycle_id, body_id, status, started_at, started_by)"
			+ " values (:submissionId, :cycleId, :bodyId, 'IN_PROGRESS', :now, :by) on conflict (submission_id) do nothing",
			nativeQuery = true)
	int createIfAbsent(long submissionId, long cycleId, long bodyId, long by, java.time.Instant now);

}
