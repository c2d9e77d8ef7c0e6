package id.monevkip.submission.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

	long countByCycleId(long cycleId);

	Optional<Submission> findByCycleIdAndBodyId(long cycleId, long bodyId);

	/** Creates the body's submission unless it exists; two first visits at once create one. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into submission (cycle_id, body_id, category_id, instrument_id, status, round, created_at, version)
			values (:cycleId, :bodyId, :categoryId, :instrumentId, 'NOT_STARTED', 0, :now, 0)
			on conflict (cycle_id, body_id) do nothing""")
	void createIfAbsent(long cycleId, long bodyId, long categoryId, long instrumentId, Instant now);

	/**
	 * The first saved answer moves the submission from "not started" to "draft". Run before {@link #lockForChange},
	 * so that two first saves at once wait for each other instead of deadlocking.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Submission s set s.status = id.monevkip.submission.SubmissionStatus.DRAFT
			where s.id = :id and s.status = id.monevkip.submission.SubmissionStatus.NOT_STARTED""")
	int markStarted(long id);

	/** Shared lock for a change of an answer: many may change answers at once, but not while it is sealed. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select s from Submission s where s.id = :id")
	Optional<Submission> lockForChange(long id);

	/** Exclusive lock for sealing: waits for changes under way and keeps new ones out until sealed. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Submission s where s.id = :id")
	Optional<Submission> lockForSeal(long id);

}
